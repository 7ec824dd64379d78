package nl.wmokader.core.region.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.wmokader.core.region.RegionGen;
import nl.wmokader.core.region.domain.InhabitantCount;
import nl.wmokader.core.region.domain.Region;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.testing.Results;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;

/** The contract of {@link RegionRepository}: every adapter runs it (in-memory, H2, PostgreSQL). */
public abstract class RegionRepositoryContract implements WithQuickTheories {

  /** A fresh, empty repository on every call. */
  protected abstract RegionRepository newRepository();

  /**
   * A second repository over the store of {@code repo}, as another service instance on the same
   * database would have; the same repository where the store is the repository itself.
   */
  protected RegionRepository overTheSameStore(RegionRepository repo) {
    return repo;
  }

  @Test
  void what_another_instance_over_the_same_store_saves_is_read_at_once() {
    RegionRepository here = newRepository();
    RegionRepository there = overTheSameStore(here);
    Region first = here.save(RegionGen.reference()).get();
    assertThat(here.find()).containsExactly(first);
    assertThat(here.find()).containsExactly(first);
    Region renamed = Results.right(there.save(there.find().get().withName("Regio elders")));
    assertThat(here.find()).containsExactly(renamed);
    Region counted = Results.right(there.save(renamed.recordInhabitants(
        new InhabitantCount(MunicipalityCode.of("0755"), LocalDate.of(2025, 1, 1), 11_400)).get()));
    assertThat(here.find()).containsExactly(counted);
    assertThat(here.find().get().inhabitantCounts()).isEqualTo(counted.inhabitantCounts());
  }

  @Test
  void an_empty_repository_has_no_region() {
    assertThat(newRepository().find().isEmpty()).isTrue();
  }

  @Test
  void save_then_find_round_trips_with_the_version_raised() {
    qt().withExamples(60).forAll(RegionGen.regions()).checkAssert(region -> {
      RegionRepository repo = newRepository();
      Region saved = repo.save(region).get();
      assertThat(saved.version()).isEqualTo(1);
      assertThat(saved.withVersion(0)).isEqualTo(region);
      Region found = repo.find().get();
      assertThat(found).isEqualTo(saved);
    });
  }

  @Test
  void a_stale_save_is_a_conflict_and_changes_nothing() {
    RegionRepository repo = newRepository();
    Region first = repo.save(RegionGen.reference()).get();
    Region changed = first.recordInhabitants(new InhabitantCount(MunicipalityCode.of("0755"), LocalDate.of(2025, 1, 1), 11_400)).get();
    Results.right(repo.save(changed));

    var stale = repo.save(first.withName("Stale"));
    assertThat(stale.getLeft()).isInstanceOf(CommonError.StaleVersion.class);
    assertThat(repo.find().get().name()).isEqualTo("Brabant Noordoost-Oost");
    assertThat(repo.find().get().version()).isEqualTo(2);
  }

  @Test
  void saving_a_new_region_over_a_stored_one_is_a_conflict() {
    RegionRepository repo = newRepository();
    repo.save(RegionGen.reference()).get();
    assertThat(repo.save(RegionGen.reference()).getLeft()).isInstanceOf(CommonError.StaleVersion.class);
  }

  @Test
  void updates_replace_members_and_counts() {
    qt().withExamples(40).forAll(RegionGen.regions(), RegionGen.regions()).checkAssert((a, b) -> {
      RegionRepository repo = newRepository();
      Region first = repo.save(a).get();
      Region second = repo.save(b.withVersion(first.version())).get();
      assertThat(repo.find().get()).isEqualTo(second);
      assertThat(second.withVersion(0)).isEqualTo(b);
    });
  }
}
