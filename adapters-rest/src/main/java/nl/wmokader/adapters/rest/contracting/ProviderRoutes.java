package nl.wmokader.adapters.rest.contracting;

import static java.util.Objects.requireNonNull;

import nl.wmokader.adapters.rest.ApiRouter;
import nl.wmokader.adapters.rest.ApiRoutes;
import nl.wmokader.adapters.rest.FieldCheck;
import nl.wmokader.adapters.rest.PageDto;
import nl.wmokader.adapters.rest.catalogue.Params;
import nl.wmokader.core.contracting.port.in.GetProviderUseCase;
import nl.wmokader.core.contracting.port.in.ListProvidersUseCase;
import nl.wmokader.core.contracting.port.in.RegisterProviderUseCase;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.PageRequest;

/**
 * The provider register: {@code /providers} (list, register) and {@code /providers/{agbCode}}.
 * Providers are not personal data: every actor reads them; only the region's staff register one.
 */
public final class ProviderRoutes implements ApiRoutes {
  private final ListProvidersUseCase listProviders;
  private final GetProviderUseCase getProvider;
  private final RegisterProviderUseCase registerProvider;

  public ProviderRoutes(ListProvidersUseCase listProviders, GetProviderUseCase getProvider,
      RegisterProviderUseCase registerProvider) {
    this.listProviders = requireNonNull(listProviders, "listProviders");
    this.getProvider = requireNonNull(getProvider, "getProvider");
    this.registerProvider = requireNonNull(registerProvider, "registerProvider");
  }

  @Override
  public void register(ApiRouter router) {
    router.get("/providers", call -> {
      FieldCheck check = new FieldCheck();
      PageRequest page = Params.page(check, call);
      call.respond(check.result(() -> page)
          .flatMap(p -> listProviders.listProviders(call.actor(), p))
          .map(p -> PageDto.of(p, ProviderDto::from, call)));
    });

    router.post("/providers", call -> call.created(call.command(RegisterProviderRequest.class)
        .flatMap(command -> registerProvider.registerProvider(call.actor(), command))
        .map(ProviderDto::from), provider -> "/providers/" + provider.agbCode()));

    router.get("/providers/{agbCode}", call -> {
      FieldCheck check = new FieldCheck();
      AgbCode agb = check.valid(AgbCode.validate("agbCode", call.pathParam("agbCode")));
      call.respond(check.result(() -> agb)
          .flatMap(code -> getProvider.getProvider(call.actor(), code))
          .map(ProviderDto::from));
    });
  }
}
