package nl.wmokader.core.contracting.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Option;
import nl.wmokader.core.contracting.ContractingGen;
import nl.wmokader.core.contracting.domain.ChamberOfCommerceNumber;
import nl.wmokader.core.contracting.domain.Provider;
import nl.wmokader.core.contracting.domain.ProviderDeliveryForm;
import nl.wmokader.core.contracting.domain.SupervisionContact;
import nl.wmokader.core.contracting.port.in.ContactInput;
import nl.wmokader.core.contracting.port.in.RegisterProviderCommand;
import nl.wmokader.core.contracting.port.in.UpdateProviderCommand;
import nl.wmokader.core.inmemory.InMemoryProviderRepository;
import nl.wmokader.core.shared.AccessPolicy;
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
  private final ProviderServices providers = new ProviderServices(repository, AccessPolicy.standard());
  private static final AgbCode AGB = AgbCode.of("98000001");
  private static final ChamberOfCommerceNumber KVK = ChamberOfCommerceNumber.of("99000001");
  private static final ContactInput CONTACT = new ContactInput(" Anne de Vries (fictief) ", " toezicht@maasoever.example ",
      "+31 (0)412 123456");

  private static RegisterProviderCommand registration(AgbCode agb, String name) {
    return new RegisterProviderCommand(agb, name, KVK,
        List.of(ProviderDeliveryForm.PERSONAL_BUDGET, ProviderDeliveryForm.IN_KIND, ProviderDeliveryForm.IN_KIND), CONTACT);
  }

  @Test
  void region_staff_register_a_provider_with_its_details_trimmed_and_its_forms_in_order() {
    Provider registered = Results.right(providers.registerProvider(Actor.region(),
        registration(AGB, "  Zorggroep De Maasoever (fictief) ")));
    assertThat(registered.agb()).isEqualTo(AGB);
    assertThat(registered.name()).isEqualTo("Zorggroep De Maasoever (fictief)");
    assertThat(registered.chamberOfCommerce()).isEqualTo(Option.some(KVK));
    assertThat(registered.deliveryForms()).containsExactly(ProviderDeliveryForm.IN_KIND, ProviderDeliveryForm.PERSONAL_BUDGET);
    assertThat(registered.supervisionContact()).isEqualTo(Option.some(
        new SupervisionContact("Anne de Vries (fictief)", "toezicht@maasoever.example", "+31 (0)412 123456")));
    assertThat(registered.version()).isEqualTo(1);
    assertThat(repository.findByAgb(AGB).get()).isEqualTo(registered);
  }

  @Test
  void no_other_role_may_register_a_provider() {
    for (Actor actor : List.of(Actor.municipality(MunicipalityCode.of("0828")), Actor.provider(AGB), Actor.supervisor())) {
      Results.left(providers.registerProvider(actor, registration(AGB, "Eigen registratie (fictief)")),
          CommonError.Forbidden.class);
    }
    assertThat(repository.findByAgb(AGB).isEmpty()).isTrue();
  }

  @Test
  void a_registered_agb_code_is_a_duplicate() {
    Results.right(providers.registerProvider(Actor.region(), registration(AGB, "Eerste (fictief)")));
    Results.left(providers.registerProvider(Actor.region(), registration(AGB, "Tweede (fictief)")),
        CommonError.Duplicate.class);
    assertThat(repository.findByAgb(AGB).get().name()).isEqualTo("Eerste (fictief)");
  }

  @Test
  void invalid_input_names_every_field_and_stores_nothing() {
    InvalidInput invalid = Results.left(providers.registerProvider(Actor.region(),
        new RegisterProviderCommand(null, " ", null, List.empty(), null)), InvalidInput.class);
    assertThat(invalid.errors().map(FieldError::field))
        .containsExactly("agb", "name", "chamberOfCommerce", "deliveryForms", "supervisionContact");

    InvalidInput tooLong = Results.left(providers.registerProvider(Actor.region(),
        registration(AGB, "x".repeat(201))), InvalidInput.class);
    assertThat(tooLong.errors().map(FieldError::code)).containsExactly("too_long");

    InvalidInput contact = Results.left(providers.registerProvider(Actor.region(), new RegisterProviderCommand(AGB, "Naam",
        KVK, List.of(ProviderDeliveryForm.IN_KIND, null), new ContactInput("", "geen-adres", "12-34"))), InvalidInput.class);
    assertThat(contact.errors().map(e -> e.field() + ":" + e.code())).containsExactly("deliveryForms[1]:required",
        "supervisionContact.name:required", "supervisionContact.email:email_format", "supervisionContact.phone:phone_format");
    assertThat(repository.findAll(PageRequest.first()).total()).isZero();
  }

  @Test
  void the_region_or_the_provider_itself_updates_its_details_on_the_current_version() {
    Provider registered = Results.right(providers.registerProvider(Actor.region(), registration(AGB, "Oude naam (fictief)")));
    UpdateProviderCommand update = new UpdateProviderCommand(AGB, registered.version(), "Nieuwe naam (fictief)",
        ChamberOfCommerceNumber.of("99000002"), List.of(ProviderDeliveryForm.IN_KIND),
        new ContactInput("Piet Jansen (fictief)", "piet@maasoever.example", "0412 654 321"));

    Provider updated = Results.right(providers.updateProvider(Actor.provider(AGB), update));

    assertThat(updated.name()).isEqualTo("Nieuwe naam (fictief)");
    assertThat(updated.deliveryForms()).containsExactly(ProviderDeliveryForm.IN_KIND);
    assertThat(updated.supervisionContact().get().email()).isEqualTo("piet@maasoever.example");
    assertThat(updated.version()).isEqualTo(2);
    Results.left(providers.updateProvider(Actor.region(), update), CommonError.StaleVersion.class);
    Results.left(providers.updateProvider(Actor.provider(AgbCode.of("98000002")), update), CommonError.Forbidden.class);
    Results.left(providers.updateProvider(Actor.supervisor(), update), CommonError.Forbidden.class);
    Results.left(providers.updateProvider(Actor.region(), new UpdateProviderCommand(AgbCode.of("98000077"), 1,
        "Onbekend (fictief)", KVK, List.of(ProviderDeliveryForm.IN_KIND), CONTACT)), CommonError.NotFound.class);
    assertThat(repository.findByAgb(AGB).get()).isEqualTo(updated);
  }

  @Test
  void a_provider_registered_before_its_details_were_recorded_is_completed_by_an_update() {
    Provider legacy = Results.right(repository.save(Provider.builder().agb(AGB).name("Oud (fictief)").build()));
    assertThat(legacy.chamberOfCommerce()).isEmpty();
    assertThat(legacy.deliveryForms()).containsExactly(ProviderDeliveryForm.IN_KIND);
    Provider completed = Results.right(providers.updateProvider(Actor.region(), new UpdateProviderCommand(AGB, 1,
        "Oud (fictief)", KVK, List.of(ProviderDeliveryForm.IN_KIND), CONTACT)));
    assertThat(completed.chamberOfCommerce()).isEqualTo(Option.some(KVK));
    assertThat(completed.supervisionContact().isDefined()).isTrue();
  }

  @Test
  void every_actor_reads_providers_but_only_some_see_the_supervision_contact() {
    ContractingGen.referenceProviders().reverse().forEach(p ->
        Results.right(providers.registerProvider(Actor.region(), ContractingGen.registration(p))));
    for (Actor actor : List.of(Actor.region(), Actor.municipality(MunicipalityCode.of("1721")),
        Actor.provider(AgbCode.of("98000005")), Actor.provider(AGB), Actor.supervisor())) {
      Provider first = Results.right(providers.getProvider(actor, AGB));
      assertThat(first.name()).isEqualTo("Zorggroep De Maasoever (fictief)");
      boolean seesContact = actor.role() == Actor.Role.REGION || actor.role() == Actor.Role.SUPERVISOR
          || actor.provider().contains(AGB);
      assertThat(first.supervisionContact().isDefined()).as(actor.toString()).isEqualTo(seesContact);
      var second = Results.right(providers.listProviders(actor, new PageRequest(1, 5)));
      assertThat(second.total()).isEqualTo(12);
      assertThat(second.items().map(p -> p.agb().value()))
          .containsExactly("98000006", "98000007", "98000008", "98000009", "98000010");
      assertThat(second.items().map(p -> p.supervisionContact().isDefined()))
          .containsOnly(actor.role() == Actor.Role.REGION || actor.role() == Actor.Role.SUPERVISOR);
    }
  }

  @Test
  void an_unknown_provider_is_not_found() {
    Results.left(providers.getProvider(Actor.region(), AGB), CommonError.NotFound.class);
    Results.left(providers.getProvider(Actor.region(), null), InvalidInput.class);
    Results.left(providers.listProviders(Actor.region(), null), InvalidInput.class);
  }
}
