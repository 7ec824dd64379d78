package nl.wmokader.core.contracting.application;

import static java.util.Objects.requireNonNull;
import static nl.wmokader.core.contracting.application.ContractChanges.validated;

import io.vavr.control.Either;
import io.vavr.control.Option;
import nl.wmokader.core.contracting.domain.Provider;
import nl.wmokader.core.contracting.domain.SupervisionContact;
import nl.wmokader.core.contracting.port.in.CheckRegistrationUseCase;
import nl.wmokader.core.contracting.port.in.ContactInput;
import nl.wmokader.core.contracting.port.in.GetProviderUseCase;
import nl.wmokader.core.contracting.port.in.ListProvidersUseCase;
import nl.wmokader.core.contracting.port.in.RegisterProviderCommand;
import nl.wmokader.core.contracting.port.in.RegisterProviderUseCase;
import nl.wmokader.core.contracting.port.in.UpdateProviderCommand;
import nl.wmokader.core.contracting.port.in.UpdateProviderUseCase;
import nl.wmokader.core.contracting.port.out.ProviderRepository;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.Page;
import nl.wmokader.core.shared.PageRequest;

/**
 * The provider register's use cases. Providers are public, except the supervision contact, which
 * only the region's staff, supervisors and the provider's own staff see.
 */
public final class ProviderServices implements RegisterProviderUseCase, UpdateProviderUseCase, GetProviderUseCase,
    ListProvidersUseCase, CheckRegistrationUseCase {

  private final ProviderRepository providers;
  private final AccessPolicy access;
  private final java.util.Set<AgbCode> registered = java.util.concurrent.ConcurrentHashMap.newKeySet();

  public ProviderServices(ProviderRepository providers, AccessPolicy access) {
    this.access = requireNonNull(access, "access");
    this.providers = requireNonNull(providers, "providers");
  }

  /**
   * Asked before every use case a provider's staff take: a provider is never deregistered, so a
   * provider found once is known from then on without asking the store again.
   */
  @Override
  public boolean isRegistered(AgbCode provider) {
    if (provider == null) {
      return false;
    }
    if (registered.contains(provider)) {
      return true;
    }
    boolean found = providers.findByAgb(provider).isDefined();
    if (found) {
      registered.add(provider);
    }
    return found;
  }

  @Override
  public Either<DomainError, Provider> registerProvider(Actor actor, RegisterProviderCommand command) {
    return access.require(actor, "register a provider", Actor.Role.REGION)
        .flatMap(ok -> validated(command, RegisterProviderCommand::validated))
        .flatMap(cmd -> providers.findByAgb(cmd.agb()).isDefined()
            ? Either.left(new CommonError.Duplicate("Provider", cmd.agb().value()))
            : providers.save(Provider.builder()
                .agb(cmd.agb())
                .name(cmd.name().strip())
                .chamberOfCommerce(Option.some(cmd.chamberOfCommerce()))
                .deliveryForms(Provider.normalised(cmd.deliveryForms()))
                .supervisionContact(Option.some(contact(cmd.supervisionContact())))
                .build()));
  }

  @Override
  public Either<DomainError, Provider> updateProvider(Actor actor, UpdateProviderCommand command) {
    return access.require(actor, "update a provider", Actor.Role.REGION, Actor.Role.PROVIDER)
        .flatMap(ok -> command != null && command.agb() != null && actor.role() == Actor.Role.PROVIDER
            && !access.actsFor(actor, command.agb())
            ? Either.<DomainError, Actor>left(new CommonError.Forbidden("update another provider"))
            : Either.right(actor))
        .flatMap(ok -> validated(command, UpdateProviderCommand::validated))
        .flatMap(cmd -> providers.findByAgb(cmd.agb())
            .<DomainError>toEither(() -> new CommonError.NotFound("Provider", cmd.agb().value()))
            .flatMap(current -> current.version() != cmd.expectedVersion()
                ? Either.left(new CommonError.StaleVersion("Provider", cmd.agb().value(), cmd.expectedVersion()))
                : providers.save(Provider.builder()
                    .agb(current.agb())
                    .name(cmd.name().strip())
                    .chamberOfCommerce(Option.some(cmd.chamberOfCommerce()))
                    .deliveryForms(Provider.normalised(cmd.deliveryForms()))
                    .supervisionContact(Option.some(contact(cmd.supervisionContact())))
                    .version(current.version())
                    .build())));
  }

  @Override
  public Either<DomainError, Provider> getProvider(Actor actor, AgbCode agb) {
    Either<DomainError, Actor> party = access.requireParty(actor, "read providers");
    if (party.isLeft()) {
      return Either.left(party.getLeft());
    }
    if (agb == null) {
      return Either.left(InvalidInput.of("agb", "required", "is required"));
    }
    return providers.findByAgb(agb)
        .map(p -> asSeenBy(actor, p))
        .toEither(() -> new CommonError.NotFound("Provider", agb.value()));
  }

  @Override
  public Either<DomainError, Page<Provider>> listProviders(Actor actor, PageRequest page) {
    Either<DomainError, Actor> party = access.requireParty(actor, "list providers");
    if (party.isLeft()) {
      return Either.left(party.getLeft());
    }
    if (page == null) {
      return Either.left(InvalidInput.of("page", "required", "is required"));
    }
    return Either.right(providers.findAll(page).map(p -> asSeenBy(actor, p)));
  }

  /** The provider without its supervision contact for those who have no need of a person's details. */
  private Provider asSeenBy(Actor actor, Provider provider) {
    switch (actor.role()) {
      case REGION:
      case SUPERVISOR:
        return provider;
      case PROVIDER:
        return access.actsFor(actor, provider.agb()) ? provider : provider.withSupervisionContact(Option.none());
      case MUNICIPALITY:
      default:
        return provider.withSupervisionContact(Option.none());
    }
  }

  private static SupervisionContact contact(ContactInput c) {
    return SupervisionContact.stripped(c.name(), c.email(), c.phone());
  }
}
