package nl.wmokader.adapters.rest.obligations;

import static java.util.Objects.requireNonNull;

import java.util.Set;
import nl.wmokader.adapters.rest.ApiRouter;
import nl.wmokader.adapters.rest.ApiRoutes;
import nl.wmokader.adapters.rest.PageDto;
import nl.wmokader.adapters.rest.Params;
import nl.wmokader.core.obligations.port.in.ListDormantContractsQuery;
import nl.wmokader.core.obligations.port.in.ListDormantContractsUseCase;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.PageRequest;

/**
 * {@code GET /dormant-contracts}: the active contracts whose provider has had no client in the region
 * for the configured months, for clean-up; for the region's and members' staff and supervisors.
 */
public final class DormantContractRoutes implements ApiRoutes {
  private final ListDormantContractsUseCase listDormantContracts;

  public DormantContractRoutes(ListDormantContractsUseCase listDormantContracts) {
    this.listDormantContracts = requireNonNull(listDormantContracts, "listDormantContracts");
  }

  @Override
  public void register(ApiRouter router) {
    router.get("/dormant-contracts", call -> {
      FieldChecks check = new FieldChecks();
      Params.onlyKnownQueryParams(call, check, Set.of(), true);
      PageRequest page = call.page(check);
      call.respond(check.resultFrom(() -> new ListDormantContractsQuery(page))
          .flatMap(query -> listDormantContracts.listDormantContracts(call.actor(), query))
          .map(p -> PageDto.of(p, DormantContractDto::from, call)));
    });
  }
}
