package nl.wmokader.adapters.jdbc;

import static nl.wmokader.core.testing.Results.right;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import nl.wmokader.core.WmoKader;
import nl.wmokader.core.catalogue.domain.ExecutionVariant;
import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.catalogue.port.in.DefineProductCommand;
import nl.wmokader.core.catalogue.port.in.SetReferenceTariffCommand;
import nl.wmokader.core.contracting.ContractingGen;
import nl.wmokader.core.contracting.port.in.ContractProviderCommand;
import nl.wmokader.core.contracting.port.in.NewLot;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.AssignmentType;
import nl.wmokader.core.indication.domain.DeliveryForm;
import nl.wmokader.core.indication.domain.Indication;
import nl.wmokader.core.indication.domain.Volume;
import nl.wmokader.core.indication.port.in.DecideOnApplicationCommand;
import nl.wmokader.core.indication.port.in.GrantTerms;
import nl.wmokader.core.indication.port.in.IssueAssignmentCommand;
import nl.wmokader.core.indication.port.in.SubmitApplicationCommand;
import nl.wmokader.core.region.RegionGen;
import nl.wmokader.core.region.port.in.DefineRegionCommand;
import nl.wmokader.core.region.port.in.RecordInhabitantsCommand;
import nl.wmokader.core.settlement.domain.AnsweredLine;
import nl.wmokader.core.settlement.domain.Claim;
import nl.wmokader.core.settlement.domain.DebitCredit;
import nl.wmokader.core.settlement.port.in.ClaimLineInput;
import nl.wmokader.core.settlement.port.in.SubmitClaimCommand;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.SharedGen;
import nl.wmokader.core.testing.MutableClock;
import nl.wmokader.core.testing.SequentialIds;
import org.junit.jupiter.api.Test;

/**
 * Several threads submit claims for the same assignment and month at once, each asking for the
 * whole month's assigned volume, through the facade wired over the JDBC repositories: the ledger
 * versions let exactly one line through, every other claim is answered (validated again) with its
 * line rejected.
 */
abstract class ConcurrentClaimsScenario {

  /** A migrated database, emptied on every call. */
  protected abstract DataSource database();

  private static final MunicipalityCode BERNHEZE = MunicipalityCode.of("1721");
  private static final Actor REGION = Actor.region();
  private static final Actor BERNHEZE_STAFF = Actor.municipality(BERNHEZE);
  private static final AgbCode MAASOEVER = AgbCode.of("98000001");
  private static final ProductCode GUIDANCE = ProductCode.of("02A01");
  private static final Bsn CLIENT = SharedGen.testBsnFrom(1234).get();
  private static final long HOURS_PER_MONTH = 12;
  private static final long TARIFF_CENTS = 65_40;
  private static final int THREADS = 4;

  @Test
  void concurrent_claims_on_one_assignment_never_approve_more_than_assigned() throws Exception {
    MutableClock clock = new MutableClock(LocalDate.of(2025, 12, 1));
    DataSource db = database();
    WmoKader wmo = wmo(db, clock);
    Assignment assignment = assigned(wmo, clock);
    clock.set(LocalDate.of(2026, 8, 3));

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      for (int m = 2; m <= 7; m++) {
        YearMonth month = YearMonth.of(2026, m);
        CountDownLatch start = new CountDownLatch(1);
        java.util.List<Future<Either<DomainError, Claim>>> results = new java.util.ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          SubmitClaimCommand command = claim(assignment, month, m * 10 + t);
          Callable<Either<DomainError, Claim>> submit = () -> {
            start.await();
            return wmo.settlement().submitClaim().submitClaim(Actor.provider(MAASOEVER), command);
          };
          results.add(pool.submit(submit));
        }
        start.countDown();
        List<Claim> claims = List.empty();
        for (Future<Either<DomainError, Claim>> f : results) {
          claims = claims.append(right(f.get(60, TimeUnit.SECONDS)));
        }

        List<AnsweredLine> approved = claims.flatMap(Claim::lines).filter(AnsweredLine::isApproved);
        assertThat(approved).as(month + ": " + claims.flatMap(Claim::lines).map(AnsweredLine::rejections)).hasSize(1);
        assertThat(approved.map(l -> l.line().volume()).sum().longValue()).isLessThanOrEqualTo(HOURS_PER_MONTH);
      }
    } finally {
      pool.shutdownNow();
    }
    JdbcClaimRepository claims = new JdbcClaimRepository(db);
    var ledger = claims.ledgers(HashSet.of(assignment.id())).get(assignment.id()).get();
    assertThat(ledger.version()).isEqualTo(6);
    assertThat(ledger.approved()).hasSize(6);
  }

  private static SubmitClaimCommand claim(Assignment assignment, YearMonth month, int n) {
    ClaimLineInput line = new ClaimLineInput("R" + n, null, assignment.id().toString(), CLIENT.value(),
        ProductCategory.GUIDANCE.code(), GUIDANCE.value(), month.atDay(1), month.atEndOfMonth(), HOURS_PER_MONTH,
        Unit.HOUR.code(), TARIFF_CENTS, HOURS_PER_MONTH * TARIFF_CENTS, DebitCredit.DEBIT);
    return right(SubmitClaimCommand.of(BERNHEZE.value(), month.toString(), "C" + n, null, List.of(line)));
  }

  private static WmoKader wmo(DataSource db, MutableClock clock) {
    return JdbcAdapters.over(db).builder()
        .clock(clock)
        .ids(new SequentialIds())
        .build();
  }

  /** A region, a product, a contracted provider and a client assigned 12 hours a month, February to December 2026. */
  private static Assignment assigned(WmoKader wmo, MutableClock clock) {
    var reference = RegionGen.reference();
    right(wmo.region().defineRegion().defineRegion(REGION, new DefineRegionCommand(reference.name(), reference.members())));
    reference.inhabitantCounts().forEach(c -> right(wmo.region().recordInhabitants().recordInhabitants(REGION,
        new RecordInhabitantsCommand(c.municipality(), c.referenceDate(), c.inhabitants()))));
    right(wmo.catalogue().defineProduct().defineProduct(REGION, new DefineProductCommand(GUIDANCE, ProductCategory.GUIDANCE,
        "Individuele begeleiding (demo)", Unit.HOUR, ExecutionVariant.EFFORT_BASED, Option.some(Frequency.PER_MONTH),
        LocalDate.of(2024, 1, 1), Option.none(), Option.none())));
    right(wmo.catalogue().setReferenceTariff().setReferenceTariff(REGION,
        new SetReferenceTariffCommand(GUIDANCE, Money.ofCents(TARIFF_CENTS), LocalDate.of(2026, 1, 1), Option.none())));
    right(wmo.contracting().registerProvider().registerProvider(REGION, ContractingGen.registration(MAASOEVER, "Zorggroep De Maasoever (fictief)")));
    DateRange period = DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31));
    right(wmo.contracting().contractProvider().contractProvider(REGION,
        new ContractProviderCommand(MAASOEVER, period, List.of(new NewLot(GUIDANCE, period, Option.none())))));

    clock.set(LocalDate.of(2026, 1, 21));
    Indication applied = right(wmo.indication().submitApplication().submitApplication(BERNHEZE_STAFF,
        SubmitApplicationCommand.withoutReport(CLIENT, BERNHEZE, Option.none(), clock.today())));
    Indication decided = right(wmo.indication().decideOnApplication().decideOnApplication(BERNHEZE_STAFF,
        DecideOnApplicationCommand.grant(applied.id(), clock.today(), new GrantTerms(ProductCategory.GUIDANCE,
            Option.some(GUIDANCE), DeliveryForm.IN_KIND, HOURS_PER_MONTH, Unit.HOUR, Frequency.PER_MONTH,
            LocalDate.of(2026, 2, 1), Option.some(LocalDate.of(2026, 12, 31)), List.of("Keeps a job"),
            LocalDate.of(2026, 6, 1)))));
    clock.set(LocalDate.of(2026, 1, 28));
    return right(wmo.indication().issueAssignment().issueAssignment(BERNHEZE_STAFF, new IssueAssignmentCommand(decided.id(),
        MAASOEVER, AssignmentType.SPECIFIC, Option.some(GUIDANCE),
        Option.some(new Volume(HOURS_PER_MONTH, Unit.HOUR, Frequency.PER_MONTH)), LocalDate.of(2026, 2, 1),
        Option.some(LocalDate.of(2026, 12, 31)))));
  }
}
