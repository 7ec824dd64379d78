package nl.wmokader.adapters.rest.contracting;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Either;
import nl.wmokader.adapters.rest.ApiCall;
import nl.wmokader.adapters.rest.ApiRouter;
import nl.wmokader.adapters.rest.ApiRoutes;
import nl.wmokader.adapters.rest.PageDto;
import nl.wmokader.core.contracting.port.in.GetProviderUseCase;
import nl.wmokader.core.contracting.port.in.ListProvidersUseCase;
import nl.wmokader.core.contracting.port.in.RegisterProviderUseCase;
import nl.wmokader.core.contracting.port.in.UpdateProviderUseCase;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.PageRequest;

/**
 * The provider register: {@code /providers} (list, register) and {@code /providers/{agbCode}}
 * (read, update). Every actor reads providers, the supervision contact shown only to the region's
 * staff, supervisors and the provider itself; the region's staff register one, the region's staff
 * or the provider itself update it.
 */
public final class ProviderRoutes implements ApiRoutes {
  private final ListProvidersUseCase listProviders;
  private final GetProviderUseCase getProvider;
  private final RegisterProviderUseCase registerProvider;
  private final UpdateProviderUseCase updateProvider;

  public ProviderRoutes(ListProvidersUseCase listProviders, GetProviderUseCase getProvider,
      RegisterProviderUseCase registerProvider, UpdateProviderUseCase updateProvider) {
    this.listProviders = requireNonNull(listProviders, "listProviders");
    this.getProvider = requireNonNull(getProvider, "getProvider");
    this.registerProvider = requireNonNull(registerProvider, "registerProvider");
    this.updateProvider = requireNonNull(updateProvider, "updateProvider");
  }

  @Override
  public void register(ApiRouter router) {
    router.get("/providers", call -> {
      FieldChecks check = new FieldChecks();
      PageRequest page = call.page(check);
      call.respond(check.resultFrom(() -> page)
          .flatMap(p -> listProviders.listProviders(call.actor(), p))
          .map(p -> PageDto.of(p, ProviderDto::from, call)));
    });

    router.post("/providers", call -> call.created(call.command(RegisterProviderRequest.class)
        .flatMap(command -> registerProvider.registerProvider(call.actor(), command))
        .map(ProviderDto::from), provider -> "/providers/" + provider.agbCode()));

    router.get("/providers/{agbCode}", call -> call.respond(agbCode(call)
        .flatMap(code -> getProvider.getProvider(call.actor(), code))
        .map(ProviderDto::from)));

    router.put("/providers/{agbCode}", call -> call.respond(agbCode(call)
        .flatMap(agb -> call.command(UpdateProviderRequest.class).map(partial -> partial.apply(agb)))
        .flatMap(command -> updateProvider.updateProvider(call.actor(), command))
        .map(ProviderDto::from)));
  }

  /** The AGB code in the path, or a 400 naming {@code agbCode}. */
  static Either<DomainError, AgbCode> agbCode(ApiCall call) {
    FieldChecks check = new FieldChecks();
    AgbCode agb = check.valid(AgbCode.validate("agbCode", call.pathParam("agbCode")));
    return check.resultFrom(() -> agb);
  }
}
