package nl.wmokader.core.contracting.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.UUID;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.contracting.ContractingGen;
import nl.wmokader.core.contracting.domain.AdmissionCondition;
import nl.wmokader.core.contracting.domain.ClaimMoments;
import nl.wmokader.core.contracting.domain.ClaimPeriod;
import nl.wmokader.core.contracting.domain.ClientStop;
import nl.wmokader.core.contracting.domain.ClientStopReason;
import nl.wmokader.core.contracting.domain.ClientStopRequest;
import nl.wmokader.core.contracting.domain.ClientStopRequestId;
import nl.wmokader.core.contracting.domain.ConditionCode;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.contracting.domain.ContractStatus;
import nl.wmokader.core.contracting.domain.ContractingError;
import nl.wmokader.core.contracting.domain.Evidence;
import nl.wmokader.core.contracting.domain.IndexationRate;
import nl.wmokader.core.contracting.domain.Lot;
import nl.wmokader.core.contracting.domain.OpenHouseTerms;
import nl.wmokader.core.contracting.domain.ProcurementPeriods;
import nl.wmokader.core.contracting.domain.WaitingTimeNorm;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.testing.Results;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The contract of {@link ContractRepository}: every adapter runs it (in-memory, H2, PostgreSQL). */
public abstract class ContractRepositoryContract implements WithQuickTheories {

  /** A fresh, empty repository on every call. */
  protected abstract ContractRepository newRepository();

  private static final AgbCode PROVIDER = AgbCode.of("98000001");
  private static final LocalDate TODAY = LocalDate.of(2024, 1, 1);

  private static Contract example() {
    return Contract.builder()
        .id(new ContractId(new UUID(0, 42)))
        .provider(PROVIDER)
        .period(ProcurementPeriods.PERIOD_2024_2025)
        .lots(List.of(
            Lot.of(ProductCode.of("02A01"), ProcurementPeriods.PERIOD_2024_2025, Money.euros(64, 20)),
            Lot.of(ProductCode.of("01A01"), DateRange.of(LocalDate.of(2024, 3, 1), LocalDate.of(2025, 6, 30)))))
        .build();
  }

  @Test
  void an_unknown_id_is_absent() {
    assertThat(newRepository().findById(new ContractId(new UUID(0, 42))).isEmpty()).isTrue();
    assertThat(newRepository().findByProvider(PROVIDER).isEmpty()).isTrue();
  }

  @Test
  void save_then_find_round_trips_with_the_version_raised() {
    qt().withExamples(60).forAll(ContractingGen.contracts()).checkAssert(contract -> {
      ContractRepository repo = newRepository();
      Contract saved = Results.right(repo.save(contract));
      assertThat(saved.version()).isEqualTo(1);
      assertThat(saved.withVersion(0)).isEqualTo(contract);
      assertThat(repo.findById(contract.id()).get()).isEqualTo(saved);
      assertThat(repo.findByProvider(contract.provider()).toJavaList()).containsExactly(saved);
    });
  }

  @Test
  void an_update_replaces_lots_client_stops_and_status() {
    qt().withExamples(40).forAll(ContractingGen.contracts(), ContractingGen.contracts()).checkAssert((a, b) -> {
      ContractRepository repo = newRepository();
      Contract first = Results.right(repo.save(a));
      Contract second = Results.right(repo.save(b.withId(a.id()).withVersion(first.version())));
      assertThat(second.version()).isEqualTo(2);
      assertThat(repo.findById(a.id()).get()).isEqualTo(second);
      assertThat(second.withVersion(0)).isEqualTo(b.withId(a.id()));
    });
  }

  @Test
  void a_stale_save_is_a_conflict_and_changes_nothing() {
    ContractRepository repo = newRepository();
    Contract first = Results.right(repo.save(example()));
    Contract stopped = Results.right(repo.save(first.imposeClientStop(
        new ClientStop(DateRange.from(LocalDate.of(2024, 6, 1)), ClientStopReason.QUALITY_SIGNALS), TODAY).get()));

    Results.left(repo.save(first.terminate(LocalDate.of(2024, 7, 1), TODAY).get()), CommonError.StaleVersion.class);

    Contract found = repo.findById(first.id()).get();
    assertThat(found).isEqualTo(stopped);
    assertThat(found.status()).isEqualTo(ContractStatus.ACTIVE);
    assertThat(found.lots()).isEqualTo(first.lots());
  }

  @Test
  void saving_a_new_contract_over_a_stored_one_is_a_conflict() {
    ContractRepository repo = newRepository();
    Contract first = Results.right(repo.save(example()));
    Results.left(repo.save(example().withLots(List.empty())), CommonError.StaleVersion.class);
    assertThat(repo.findById(first.id()).get()).isEqualTo(first);
  }

  @Test
  void contracts_of_a_provider_starting_on_one_day_are_ordered_by_id_as_unsigned_bytes() {
    ContractRepository repo = newRepository();
    Contract high = example().withId(new ContractId(new UUID(0x8000_0000_0000_0000L, 1)));
    Contract low = example().withId(new ContractId(new UUID(0x7fff_ffff_ffff_ffffL, 1)));
    Contract earlier = example().withId(new ContractId(new UUID(-1, -1)))
        .withLots(List.empty())
        .withPeriod(DateRange.of(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)));
    Contract a = Results.right(repo.save(high));
    Contract b = Results.right(repo.save(low));
    Contract c = Results.right(repo.save(earlier));
    assertThat(repo.findByProvider(PROVIDER).toJavaList()).containsExactly(c, b, a);
  }

  /** A contract in {@code status} with every part filled: tariff periods, claim moments, checklist, evidence, requests. */
  private static Contract full(ContractStatus status, UUID id) {
    DateRange period = ProcurementPeriods.PERIOD_2026_2028;
    LocalDate today = LocalDate.of(2025, 10, 1);
    Lot indexed = Lot.of(ProductCode.of("02A01"), period, Money.euros(64, 20))
        .indexedFrom(LocalDate.of(2027, 1, 1), IndexationRate.ofBasisPoints(320));
    Lot output = Lot.of(ProductCode.of("11A01"), DateRange.of(LocalDate.of(2026, 3, 1), LocalDate.of(2027, 12, 31)))
        .withClaimMoments(Option.some(ClaimMoments.perMilestone(List.of("Intake", "Levering", "Nazorg"))));
    Lot monthly = Lot.of(ProductCode.of("15A01"), DateRange.from(LocalDate.of(2026, 1, 1)).withEnd(period.end().get()))
        .withClaimMoments(Option.some(ClaimMoments.perPeriod(ClaimPeriod.FOUR_WEEKS)));
    ClientStopRequestId requestId = new ClientStopRequestId(new UUID(9, 9));
    Contract applied = Contract.application(new ContractId(id), PROVIDER, period,
            List.of(indexed, output, monthly), OpenHouseTerms.reference().checklist()
                .append(AdmissionCondition.optional(ConditionCode.of("ANNUAL_REPORT"), "Jaarverslag (fictief)")))
        .flatMap(c -> OpenHouseTerms.reference().checklist().foldLeft(Either.<ContractingError, Contract>right(c),
            (acc, condition) -> acc.flatMap(k -> k.submitEvidence(new Evidence(condition.code(), "DOC-" + condition.code(),
                LocalDate.of(2025, 1, 1), Option.some(LocalDate.of(2026, 12, 31)), today)))))
        .flatMap(c -> c.submitEvidence(new Evidence(ConditionCode.of("ANNUAL_REPORT"), "Jaarverslag 2024 (fictief)",
            LocalDate.of(2025, 6, 1), Option.none(), today)))
        .flatMap(c -> c.requestClientStop(ClientStopRequest.pending(requestId,
            DateRange.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)), "Personeelstekort (fictief)", today), today))
        .flatMap(c -> c.decideOnClientStopRequest(requestId, true, today))
        .flatMap(c -> c.setWaitingTimeNorm(new WaitingTimeNorm(14)))
        .get();
    Contract admitted = applied.admit(today).get();
    Contract active = admitted.activate().get();
    Contract suspended = active.suspend(ClientStopReason.QUALITY_SIGNALS, LocalDate.of(2026, 5, 1)).get();
    switch (status) {
      case APPLIED:
        return applied;
      case ADMITTED:
        return admitted;
      case ACTIVE:
        return active;
      case SUSPENDED:
        return suspended;
      case TERMINATED:
      default:
        return suspended.terminate(LocalDate.of(2027, 7, 1), today).get();
    }
  }

  @Test
  void every_part_of_a_contract_in_every_status_survives_a_round_trip() {
    ContractRepository repo = newRepository();
    for (ContractStatus status : ContractStatus.values()) {
      Contract contract = full(status, new UUID(1, status.ordinal()));
      Contract saved = Results.right(repo.save(contract));
      assertThat(repo.findById(contract.id()).get()).as(status.name()).isEqualTo(saved);
      assertThat(saved.withVersion(0)).isEqualTo(contract);
    }
    Contract terminated = repo.findById(new ContractId(new UUID(1, ContractStatus.TERMINATED.ordinal()))).get();
    assertThat(terminated.terminatedWhile()).isEqualTo(Option.some(ContractStatus.SUSPENDED));
    assertThat(terminated.lots().head().tariffs()).hasSize(2);
    assertThat(repo.findByProvider(PROVIDER)).hasSize(ContractStatus.values().length);
  }

  /** A save as a test step: a new contract, an update of a stored one, or a stale update of one. */
  private record Step(Contract fresh, int target, boolean stale, Contract replacement) {}

  private Gen<Step> steps() {
    return ContractingGen.contracts().zip(integers().between(-1, 5), Generate.booleans(), ContractingGen.contracts(),
        Step::new);
  }

  @Test
  void find_by_provider_agrees_with_a_map_of_the_saves() {
    qt().withExamples(40)
        .forAll(lists().of(ContractingGen.contracts()).ofSizeBetween(0, 10), lists().of(steps()).ofSizeBetween(1, 10))
        .checkAssert((initial, steps) -> {
      ContractRepository repo = newRepository();
      Map<ContractId, Contract> model = HashMap.empty();
      for (Contract contract : List.ofAll(initial).distinctBy(Contract::id)) {
        Contract saved = Results.right(repo.save(contract));
        model = model.put(saved.id(), saved);
      }
      for (Step step : steps) {
        if ((step.target() < 0 || model.isEmpty()) && model.containsKey(step.fresh().id())) {
          Results.left(repo.save(step.fresh()), CommonError.StaleVersion.class);
        } else if (step.target() < 0 || model.isEmpty()) {
          Contract saved = Results.right(repo.save(step.fresh()));
          model = model.put(saved.id(), saved);
        } else {
          Contract stored = model.values().toList().sortBy(c -> c.id().toString()).get(step.target() % model.size());
          Contract changed = step.replacement().withId(stored.id()).withProvider(stored.provider());
          if (step.stale()) {
            Results.left(repo.save(changed.withVersion(stored.version() - 1)), CommonError.StaleVersion.class);
          } else {
            Contract saved = Results.right(repo.save(changed.withVersion(stored.version())));
            model = model.put(saved.id(), saved);
          }
        }
        for (AgbCode provider : ContractingGen.FEW_PROVIDERS) {
          List<Contract> expected = model.values().filter(c -> c.provider().equals(provider)).toList()
              .sorted(Comparator.comparing((Contract c) -> c.period().start()).thenComparing(c -> c.id().toString()));
          assertThat(repo.findByProvider(provider).toJavaList()).isEqualTo(expected.toJavaList());
        }
        // all of them in one question: by provider code, each provider's as findByProvider, an unknown adds none
        io.vavr.collection.Set<AgbCode> asked = io.vavr.collection.HashSet.ofAll(ContractingGen.FEW_PROVIDERS)
            .add(AgbCode.of("12345678"));
        assertThat(repo.findByProviders(asked).toJavaList()).isEqualTo(ContractingGen.FEW_PROVIDERS
            .sortBy(AgbCode::value).flatMap(repo::findByProvider).toJavaList());
        assertThat(repo.findByProviders(io.vavr.collection.HashSet.empty())).isEmpty();
        for (Contract c : model.values()) {
          assertThat(repo.findById(c.id())).isEqualTo(Option.some(c));
        }
      }
    });
  }
}
