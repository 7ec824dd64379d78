package nl.wmokader.core.contracting.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import nl.wmokader.core.contracting.ContractingGen;
import nl.wmokader.core.contracting.domain.Provider;
import nl.wmokader.core.contracting.domain.ProviderDeliveryForm;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.Page;
import nl.wmokader.core.shared.PageRequest;
import nl.wmokader.core.testing.Results;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;

/** The contract of {@link ProviderRepository}: every adapter runs it (in-memory, H2, PostgreSQL). */
public abstract class ProviderRepositoryContract implements WithQuickTheories {

  /** A fresh, empty repository on every call. */
  protected abstract ProviderRepository newRepository();

  @Test
  void an_unknown_agb_code_is_absent() {
    assertThat(newRepository().findByAgb(AgbCode.of("98000001")).isEmpty()).isTrue();
  }

  @Test
  void save_then_find_round_trips_with_the_version_raised() {
    qt().withExamples(60).forAll(ContractingGen.providers()).checkAssert(provider -> {
      ProviderRepository repo = newRepository();
      Provider saved = Results.right(repo.save(provider));
      assertThat(saved.version()).isEqualTo(1);
      assertThat(saved.withVersion(0)).isEqualTo(provider);
      assertThat(repo.findByAgb(provider.agb()).get()).isEqualTo(saved);
    });
  }

  @Test
  void an_update_replaces_the_name_and_raises_the_version() {
    ProviderRepository repo = newRepository();
    Provider first = Results.right(repo.save(ContractingGen.referenceProviders().head()));
    Provider renamed = Results.right(repo.save(first.withName("Zorggroep De Maasoever-West (fictief)")));
    assertThat(renamed.version()).isEqualTo(2);
    assertThat(repo.findByAgb(first.agb()).get()).isEqualTo(renamed);
  }

  @Test
  void an_update_replaces_every_detail() {
    qt().withExamples(40).forAll(ContractingGen.providers(), ContractingGen.providers()).checkAssert((a, b) -> {
      ProviderRepository repo = newRepository();
      Provider first = Results.right(repo.save(a));
      Provider changed = b.withAgb(a.agb()).withVersion(first.version());
      Provider second = Results.right(repo.save(changed));
      assertThat(second).isEqualTo(changed.withVersion(2));
      assertThat(repo.findByAgb(a.agb()).get()).isEqualTo(second);
    });
  }

  @Test
  void a_provider_without_recorded_details_delivers_in_kind_and_round_trips() {
    ProviderRepository repo = newRepository();
    Provider legacy = Results.right(repo.save(Provider.builder().agb(AgbCode.of("98000001")).name("Oud (fictief)").build()));
    assertThat(repo.findByAgb(legacy.agb()).get()).isEqualTo(legacy);
    assertThat(legacy.deliveryForms()).containsExactly(ProviderDeliveryForm.IN_KIND);
    assertThat(legacy.chamberOfCommerce().isEmpty() && legacy.supervisionContact().isEmpty()).isTrue();
  }

  @Test
  void a_stale_save_is_a_conflict_and_changes_nothing() {
    ProviderRepository repo = newRepository();
    Provider first = Results.right(repo.save(ContractingGen.referenceProviders().head()));
    Results.right(repo.save(first.withName("Renamed (fictief)")));

    Results.left(repo.save(first.withName("Stale (fictief)")), CommonError.StaleVersion.class);
    assertThat(repo.findByAgb(first.agb()).get().name()).isEqualTo("Renamed (fictief)");
    assertThat(repo.findByAgb(first.agb()).get().version()).isEqualTo(2);
  }

  @Test
  void a_new_provider_with_a_registered_agb_code_is_a_duplicate_and_changes_nothing() {
    ProviderRepository repo = newRepository();
    Provider first = Results.right(repo.save(ContractingGen.referenceProviders().head()));
    Results.left(repo.save(first.withName("Impostor (fictief)").withVersion(0)), CommonError.Duplicate.class);
    assertThat(repo.findByAgb(first.agb()).get()).isEqualTo(first);
  }

  @Test
  void find_all_pages_through_the_providers_in_agb_order() {
    qt().withExamples(40)
        .forAll(lists().of(ContractingGen.providers()).ofSizeBetween(0, 25), integers().between(1, 7), integers().between(0, 5))
        .checkAssert((generated, size, pageNo) -> {
          ProviderRepository repo = newRepository();
          List<Provider> stored = List.ofAll(generated).distinctBy(Provider::agb).map(p -> Results.right(repo.save(p)));
          List<Provider> model = stored.sortBy(Provider::agb);

          Page<Provider> page = repo.findAll(new PageRequest(pageNo, size));

          assertThat(page.total()).isEqualTo(model.size());
          assertThat(page.items().toJavaList()).isEqualTo(model.drop(pageNo * size).take(size).toJavaList());
        });
  }
}
