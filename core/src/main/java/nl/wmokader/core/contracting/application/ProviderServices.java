package nl.wmokader.core.contracting.application;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Either;
import nl.wmokader.core.contracting.domain.Provider;
import nl.wmokader.core.contracting.port.in.GetProviderUseCase;
import nl.wmokader.core.contracting.port.in.ListProvidersUseCase;
import nl.wmokader.core.contracting.port.in.RegisterProviderCommand;
import nl.wmokader.core.contracting.port.in.RegisterProviderUseCase;
import nl.wmokader.core.contracting.port.out.ProviderRepository;
import nl.wmokader.core.shared.Access;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.Page;
import nl.wmokader.core.shared.PageRequest;

/** The provider register's use cases. Providers are public: only registering is scoped. */
public final class ProviderServices implements RegisterProviderUseCase, GetProviderUseCase, ListProvidersUseCase {

  /** The longest name stored. */
  public static final int MAX_NAME_LENGTH = 200;

  private final ProviderRepository providers;

  public ProviderServices(ProviderRepository providers) {
    this.providers = requireNonNull(providers, "providers");
  }

  @Override
  public Either<DomainError, Provider> registerProvider(Actor actor, RegisterProviderCommand command) {
    return Access.require(actor, "register a provider", Actor.Role.REGION)
        .flatMap(ok -> validate(command))
        .flatMap(cmd -> providers.findByAgb(cmd.agb()).isDefined()
            ? Either.left(new CommonError.Duplicate("Provider", cmd.agb().value()))
            : providers.save(Provider.builder().agb(cmd.agb()).name(cmd.name().strip()).build()));
  }

  @Override
  public Either<DomainError, Provider> getProvider(Actor actor, AgbCode agb) {
    if (agb == null) {
      return Either.left(InvalidInput.of("agb", "required", "is required"));
    }
    return providers.findByAgb(agb).toEither(() -> new CommonError.NotFound("Provider", agb.value()));
  }

  @Override
  public Either<DomainError, Page<Provider>> listProviders(Actor actor, PageRequest page) {
    if (page == null) {
      return Either.left(InvalidInput.of("page", "required", "is required"));
    }
    return Either.right(providers.findAll(page));
  }

  private static Either<DomainError, RegisterProviderCommand> validate(RegisterProviderCommand c) {
    FieldChecks checks = new FieldChecks();
    checks.required("agb", c.agb());
    if (checks.requiredText("name", c.name())) {
      checks.check(c.name().strip().length() <= MAX_NAME_LENGTH, "name", "too_long",
          "must be at most " + MAX_NAME_LENGTH + " characters");
    }
    return checks.result(c);
  }
}
