package nl.wmokader.core.indication.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.indication.AssignmentGen;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.AssignmentStatus;
import nl.wmokader.core.inmemory.InMemoryAssignmentRepository;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.SharedGen;
import nl.wmokader.core.testing.Results;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;

/** A provider's activity as the obligations weigh it, from indication's assignments, against a naive model. */
class ProviderActivityServicePropertiesTest implements WithQuickTheories {

  private static final AgbCode PROVIDER = AgbCode.of("98000001");

  @Test
  void the_last_client_day_is_the_last_day_up_to_the_date_that_some_assignment_was_in_force() {
    qt().forAll(lists().of(AssignmentGen.assignments()).ofSizeBetween(0, 12), SharedGen.dates())
        .checkAssert((generated, asOf) -> {
          var repository = stored(generated);
          Option<LocalDate> naive = Option.none();
          for (LocalDate day = LocalDate.of(2022, 1, 1); !day.isAfter(asOf); day = day.plusDays(1)) {
            LocalDate d = day;
            if (counted(generated).exists(a -> a.effectivePeriod().contains(d))) {
              naive = Option.some(d);
            }
          }
          assertThat(Results.right(activity(repository).lastClientDay(Actor.region(), PROVIDER, asOf))).isEqualTo(naive);
        });
  }

  @Test
  void assignments_received_count_new_clients_of_the_year_only() {
    qt().forAll(lists().of(AssignmentGen.assignments()).ofSizeBetween(0, 12), integers().between(2023, 2030))
        .checkAssert((generated, year) -> {
          long expected = counted(generated).count(a -> a.replaces().isEmpty() && a.assignedOn().getYear() == year);
          assertThat(Results.right(activity(stored(generated)).assignmentsReceived(Actor.region(), PROVIDER, year)))
              .isEqualTo(expected);
        });
  }

  private static ProviderActivityService activity(InMemoryAssignmentRepository assignments) {
    return new ProviderActivityService(assignments, AccessPolicy.standard());
  }

  /** What should count: the provider's own assignments that were not deleted. */
  private static List<Assignment> counted(java.util.List<Assignment> generated) {
    return distinct(generated).filter(a -> a.provider().equals(PROVIDER) && a.status() != AssignmentStatus.DELETED);
  }

  private static InMemoryAssignmentRepository stored(java.util.List<Assignment> generated) {
    InMemoryAssignmentRepository repository = new InMemoryAssignmentRepository();
    distinct(generated).forEach(a -> repository.save(a.withVersion(0)).get());
    return repository;
  }

  /** The generator may repeat an identity; a repository holds one assignment per id. */
  private static List<Assignment> distinct(java.util.List<Assignment> generated) {
    return List.ofAll(generated).distinctBy(Assignment::id);
  }
}
