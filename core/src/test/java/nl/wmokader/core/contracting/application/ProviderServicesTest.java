package nl.wmokader.core.contracting.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import nl.wmokader.core.contracting.ContractingGen;
import nl.wmokader.core.contracting.domain.Provider;
import nl.wmokader.core.contracting.port.in.RegisterProviderCommand;
import nl.wmokader.core.inmemory.InMemoryProviderRepository;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.FieldError;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.PageRequest;
import nl.wmokader.core.testing.Results;
import org.junit.jupiter.api.Test;

class ProviderServicesTest {

  private final InMemoryProviderRepository repository = new InMemoryProviderRepository();
  private final ProviderServices providers = new ProviderServices(repository);
  private static final AgbCode AGB = AgbCode.of("98000001");

  @Test
  void region_staff_register_a_provider_with_its_name_trimmed() {
    Provider registered = Results.right(providers.registerProvider(Actor.region(),
        new RegisterProviderCommand(AGB, "  Zorggroep De Maasoever (fictief) ")));
    assertThat(registered.agb()).isEqualTo(AGB);
    assertThat(registered.name()).isEqualTo("Zorggroep De Maasoever (fictief)");
    assertThat(registered.version()).isEqualTo(1);
    assertThat(repository.findByAgb(AGB).get()).isEqualTo(registered);
  }

  @Test
  void no_other_role_may_register_a_provider() {
    for (Actor actor : List.of(Actor.municipality(MunicipalityCode.of("0828")), Actor.provider(AGB), Actor.supervisor())) {
      Results.left(providers.registerProvider(actor, new RegisterProviderCommand(AGB, "Eigen registratie (fictief)")),
          CommonError.Forbidden.class);
    }
    assertThat(repository.findByAgb(AGB).isEmpty()).isTrue();
  }

  @Test
  void a_registered_agb_code_is_a_duplicate() {
    Results.right(providers.registerProvider(Actor.region(), new RegisterProviderCommand(AGB, "Eerste (fictief)")));
    Results.left(providers.registerProvider(Actor.region(), new RegisterProviderCommand(AGB, "Tweede (fictief)")),
        CommonError.Duplicate.class);
    assertThat(repository.findByAgb(AGB).get().name()).isEqualTo("Eerste (fictief)");
  }

  @Test
  void invalid_input_names_every_field_and_stores_nothing() {
    InvalidInput invalid = Results.left(providers.registerProvider(Actor.region(), new RegisterProviderCommand(null, " ")),
        InvalidInput.class);
    assertThat(invalid.errors().map(FieldError::field)).containsExactly("agb", "name");

    InvalidInput tooLong = Results.left(providers.registerProvider(Actor.region(),
        new RegisterProviderCommand(AGB, "x".repeat(201))), InvalidInput.class);
    assertThat(tooLong.errors().map(FieldError::code)).containsExactly("too_long");
    assertThat(repository.findAll(PageRequest.first()).total()).isZero();
  }

  @Test
  void every_actor_reads_providers_and_pages_through_them_by_agb_code() {
    ContractingGen.referenceProviders().reverse().forEach(p ->
        Results.right(providers.registerProvider(Actor.region(), new RegisterProviderCommand(p.agb(), p.name()))));
    for (Actor actor : List.of(Actor.region(), Actor.municipality(MunicipalityCode.of("1721")),
        Actor.provider(AgbCode.of("98000005")), Actor.supervisor())) {
      assertThat(Results.right(providers.getProvider(actor, AGB)).name()).isEqualTo("Zorggroep De Maasoever (fictief)");
      var second = Results.right(providers.listProviders(actor, new PageRequest(1, 5)));
      assertThat(second.total()).isEqualTo(12);
      assertThat(second.items().map(p -> p.agb().value()))
          .containsExactly("98000006", "98000007", "98000008", "98000009", "98000010");
    }
  }

  @Test
  void an_unknown_provider_is_not_found() {
    Results.left(providers.getProvider(Actor.region(), AGB), CommonError.NotFound.class);
    Results.left(providers.getProvider(Actor.region(), null), InvalidInput.class);
    Results.left(providers.listProviders(Actor.region(), null), InvalidInput.class);
  }
}
