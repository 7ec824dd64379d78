package nl.wmokader.core.settlement.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import nl.wmokader.core.settlement.ClaimStoreFixture;
import nl.wmokader.core.settlement.domain.Recovery;
import nl.wmokader.core.settlement.domain.RecoveryId;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.testing.Results;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;
import org.quicktheories.core.Gen;

/** The contract of {@link RecoveryRepository}: every adapter runs it (in-memory, H2, PostgreSQL). */
public abstract class RecoveryRepositoryContract implements WithQuickTheories {

  /** A fresh, empty repository on every call. */
  protected abstract RecoveryRepository newRepository();

  private static final YearMonth MARCH = YearMonth.of(2026, 3);

  private static Recovery recovery(int n, AgbCode provider, MunicipalityCode member, YearMonth month, String reference) {
    return new Recovery(new RecoveryId(new UUID(0x7ec0, n)), provider, member, month, Money.ofCents(1_000 + n),
        "Onrechtmatig gedeclareerd (onderzoek " + n + ")", reference, month.atDay(15));
  }

  @Test
  void an_added_recovery_is_found_by_its_reference() {
    RecoveryRepository repo = newRepository();
    Recovery r = recovery(1, ClaimStoreFixture.PROVIDER, ClaimStoreFixture.BERNHEZE, MARCH, "RO-2026-001");
    assertThat(repo.findByReference(r.reference()).isEmpty()).isTrue();
    assertThat(Results.right(repo.add(r))).isEqualTo(r);
    assertThat(repo.findByReference(r.reference())).containsExactly(r);
    assertThat(repo.findByReference("RO-2026-002").isEmpty()).isTrue();
  }

  @Test
  void a_reference_taken_is_a_duplicate_and_the_first_stays() {
    RecoveryRepository repo = newRepository();
    Recovery first = recovery(1, ClaimStoreFixture.PROVIDER, ClaimStoreFixture.BERNHEZE, MARCH, "RO-2026-001");
    Results.right(repo.add(first));
    Recovery again = recovery(2, ClaimStoreFixture.OTHER_PROVIDER, ClaimStoreFixture.BOEKEL, MARCH.plusMonths(1),
        first.reference());
    Results.left(repo.add(again), CommonError.Duplicate.class);
    assertThat(repo.findByReference(first.reference())).containsExactly(first);
    assertThat(repo.find(Option.none(), MARCH.minusYears(1), MARCH.plusYears(1))).containsExactly(first);
  }

  @Test
  void several_are_added_all_or_none() {
    RecoveryRepository repo = newRepository();
    Recovery taken = recovery(1, ClaimStoreFixture.PROVIDER, ClaimStoreFixture.BERNHEZE, MARCH, "RO-2026-001");
    Results.right(repo.add(taken));
    Recovery bernheze = recovery(2, ClaimStoreFixture.PROVIDER, ClaimStoreFixture.BERNHEZE, MARCH, "RO-2026-002");
    Recovery boekel = recovery(3, ClaimStoreFixture.PROVIDER, ClaimStoreFixture.BOEKEL, MARCH, "RO-2026-003");
    // the second reference is taken: the first, valid on its own, is not stored either
    Results.left(repo.addAll(List.of(bernheze, recovery(4, ClaimStoreFixture.PROVIDER, ClaimStoreFixture.BOEKEL, MARCH,
        taken.reference()))), CommonError.Duplicate.class);
    // a reference twice in one call is refused as a whole as well
    Results.left(repo.addAll(List.of(bernheze, recovery(5, ClaimStoreFixture.PROVIDER, ClaimStoreFixture.BOEKEL, MARCH,
        bernheze.reference()))), CommonError.Duplicate.class);
    assertThat(repo.find(Option.none(), MARCH, MARCH)).containsExactly(taken);
    assertThat(Results.right(repo.addAll(List.of(bernheze, boekel)))).containsExactly(bernheze, boekel);
    assertThat(repo.find(Option.none(), MARCH, MARCH)).containsExactlyInAnyOrder(taken, bernheze, boekel);
  }

  @Test
  void find_answers_a_members_recoveries_of_a_month_range_in_order() {
    qt().withExamples(50).forAll(lists().of(seeds()).ofSizeBetween(0, 12), integers().between(0, 1000))
        .checkAssert((raw, pick) -> {
          List<Recovery> all = List.ofAll(raw).zipWithIndex()
              .map(t -> recovery(t._2, t._1.provider, t._1.member, t._1.month, "REF-" + t._1.referenceSuffix + "-" + t._2));
          RecoveryRepository repo = newRepository();
          all.forEach(r -> Results.right(repo.add(r)));
          Option<MunicipalityCode> member = pick % 3 == 0 ? Option.none()
              : Option.some(ClaimStoreFixture.MEMBERS.get(pick % ClaimStoreFixture.MEMBERS.size()));
          YearMonth from = ClaimStoreFixture.MONTHS.get(pick % 4);
          YearMonth until = from.plusMonths(pick / 4 % 3);
          Seq<Recovery> expected = all.filter(r -> member.forAll(r.member()::equals)
              && !r.month().isBefore(from) && !r.month().isAfter(until)).sorted(RecoveryRepository.ORDER);
          assertThat(repo.find(member, from, until)).containsExactlyElementsOf(expected);
        });
  }

  private record Seed(AgbCode provider, MunicipalityCode member, YearMonth month, int referenceSuffix) {}

  private Gen<Seed> seeds() {
    return in -> new Seed(ClaimStoreFixture.PROVIDERS.get(integers().between(0, 2).generate(in)),
        ClaimStoreFixture.MEMBERS.get(integers().between(0, 2).generate(in)),
        ClaimStoreFixture.MONTHS.get(integers().between(0, 3).generate(in)),
        integers().between(10, 99).generate(in));
  }

  @Test
  void recoveries_keep_every_field() {
    RecoveryRepository repo = newRepository();
    Recovery r = new Recovery(new RecoveryId(new UUID(1, 2)), AgbCode.of("98000003"), MunicipalityCode.of("0828"),
        YearMonth.of(2025, 12), Money.ofCents(99_999_999_99L), "x".repeat(Recovery.MAX_REASON_LENGTH),
        "r".repeat(Recovery.MAX_REFERENCE_LENGTH), LocalDate.of(2026, 1, 31));
    Results.right(repo.add(r));
    assertThat(repo.findByReference(r.reference())).containsExactly(r);
  }
}
