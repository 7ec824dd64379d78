package nl.wmokader.core.settlement;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.settlement.domain.AnsweredLine;
import nl.wmokader.core.settlement.domain.AssignmentLedger;
import nl.wmokader.core.settlement.domain.Claim;
import nl.wmokader.core.settlement.domain.ClaimId;
import nl.wmokader.core.settlement.domain.ClaimLine;
import nl.wmokader.core.settlement.domain.DebitCredit;
import nl.wmokader.core.settlement.domain.RejectionCode;
import nl.wmokader.core.settlement.port.out.ClaimRepository;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.SharedGen;
import nl.wmokader.core.testing.Results;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Answered claims built directly (no validation), for the store contracts: fictional providers,
 * test-range BSNs, a small pool of assignments so that generated claims share ledgers.
 */
public final class ClaimStoreFixture {
  private ClaimStoreFixture() {}

  public static final AgbCode PROVIDER = AgbCode.of("98000001");
  public static final AgbCode OTHER_PROVIDER = AgbCode.of("98000002");
  public static final List<AgbCode> PROVIDERS = List.of(PROVIDER, OTHER_PROVIDER, AgbCode.of("98000003"));
  public static final MunicipalityCode BERNHEZE = MunicipalityCode.of("1721");
  public static final MunicipalityCode BOEKEL = MunicipalityCode.of("0755");
  public static final List<MunicipalityCode> MEMBERS = List.of(BERNHEZE, BOEKEL, MunicipalityCode.of("0828"));
  public static final Bsn CLIENT = SharedGen.testBsnFrom(1234).get();
  public static final ProductCode GUIDANCE = ProductCode.of("02A01");
  public static final List<ProductCode> PRODUCTS = List.of(GUIDANCE, ProductCode.of("01A01"), ProductCode.of("02B02"));
  public static final List<ProductCategory> CATEGORIES =
      List.of(ProductCategory.GUIDANCE, ProductCategory.HOUSEHOLD_HELP, ProductCategory.DAY_ACTIVITIES);
  /** The claim months generated claims fall in (a year boundary inside, for turnover by period year). */
  public static final List<YearMonth> MONTHS =
      List.of(YearMonth.of(2025, 11), YearMonth.of(2025, 12), YearMonth.of(2026, 1), YearMonth.of(2026, 2));
  public static final int ASSIGNMENT_POOL = 3;

  public static AssignmentId assignment(int n) {
    return new AssignmentId(new UUID(0x5e771e0000L, n));
  }

  public static ClaimId claimId(int n) {
    return new ClaimId(new UUID(0xc1a1000000L, n));
  }

  /** A debit of one hour for the whole of {@code month}. */
  public static ClaimLine debit(String reference, AssignmentId assignment, YearMonth month, long cents) {
    return new ClaimLine(reference, Option.none(), assignment, CLIENT, ProductCategory.GUIDANCE, Option.some(GUIDANCE),
        DateRange.of(month.atDay(1), month.atEndOfMonth()), 1, Unit.HOUR, Money.ofCents(cents), Money.ofCents(cents),
        DebitCredit.DEBIT);
  }

  /** The credit that takes {@code debit} back. */
  public static ClaimLine credit(String reference, ClaimLine debit) {
    return new ClaimLine(reference, Option.some(debit.reference()), debit.assignment(), debit.client(), debit.category(),
        debit.product(), debit.period(), debit.volume(), debit.unit(), debit.tariff(), debit.amount(), DebitCredit.CREDIT);
  }

  public static AnsweredLine approved(ClaimLine line, MunicipalityCode chargedTo) {
    return AnsweredLine.approved(line, chargedTo);
  }

  public static AnsweredLine rejected(ClaimLine line, RejectionCode... codes) {
    return new AnsweredLine(line, TreeSet.of(codes), Option.none());
  }

  /** Claim {@code n} (number {@code C000n}) to Bernheze, submitted on the 3rd of the next month. */
  public static Claim claim(int n, AgbCode provider, YearMonth month, AnsweredLine... lines) {
    return new Claim(claimId(n), provider, BERNHEZE, month, number(n), month.plusMonths(1).atDay(3), List.of(lines));
  }

  public static String number(int n) {
    return String.format("C%04d", n);
  }

  /** The ledgers {@code claim} approves on, as it leaves them, at their current versions: what validation hands a save. */
  public static Seq<AssignmentLedger> moved(ClaimRepository repo, Claim claim) {
    Set<AssignmentId> approvedOn = claim.lines().filter(AnsweredLine::isApproved).map(l -> l.line().assignment()).toSet();
    return repo.ledgers(approvedOn).values().map(l -> after(l, claim)).toList();
  }

  /** The ledgers of {@code versions}' assignments as {@code claim} leaves them, at those versions: a caller that may be stale. */
  public static Seq<AssignmentLedger> movedAt(ClaimRepository repo, Claim claim, Map<AssignmentId, Long> versions) {
    return repo.ledgers(versions.keySet()).values().map(l -> after(l, claim).withVersion(versions.get(l.assignment()).get()))
        .toList();
  }

  private static AssignmentLedger after(AssignmentLedger ledger, Claim claim) {
    return ledger.withAll(claim.lines().filter(l -> l.isApproved() && l.line().assignment().equals(ledger.assignment()))
        .map(AnsweredLine::line));
  }

  /** Saves {@code claim} at the current ledger versions, asserting success. */
  public static Claim store(ClaimRepository repo, Claim claim) {
    return Results.right(repo.save(claim, moved(repo, claim)));
  }

  /**
   * Up to {@code max} claims with distinct ids, numbers (per provider) and references: lines on the
   * assignment pool, periods up to a year before the claim month, debits and credits, approved or
   * rejected with one to three codes (some with a member, some without).
   */
  public static Gen<List<Claim>> claimBatches(int max) {
    return in -> {
      int count = integers().between(0, max).generate(in);
      List<Claim> claims = List.empty();
      for (int n = 0; n < count; n++) {
        AgbCode provider = PROVIDERS.get(integers().between(0, PROVIDERS.size() - 1).generate(in));
        MunicipalityCode municipality = MEMBERS.get(integers().between(0, MEMBERS.size() - 1).generate(in));
        YearMonth month = MONTHS.get(integers().between(0, MONTHS.size() - 1).generate(in));
        LocalDate submittedOn = month.plusMonths(1).atDay(integers().between(1, 3).generate(in));
        int size = integers().between(1, 4).generate(in);
        List<AnsweredLine> lines = List.empty();
        for (int i = 0; i < size; i++) {
          lines = lines.append(line(in, "R" + n + "-" + i, month));
        }
        claims = claims.append(new Claim(claimId(n), provider, municipality, month, number(n), submittedOn, lines));
      }
      return claims;
    };
  }

  private static AnsweredLine line(org.quicktheories.core.RandomnessSource in, String reference, YearMonth claimMonth) {
    YearMonth month = claimMonth.minusMonths(integers().between(0, 13).generate(in));
    int startDay = integers().between(1, 10).generate(in);
    int endDay = integers().between(startDay, 28).generate(in);
    boolean credit = integers().between(0, 3).generate(in) == 0;
    boolean withProduct = integers().between(0, 4).generate(in) > 0;
    ClaimLine line = new ClaimLine(reference,
        credit ? Option.some("P" + integers().between(0, 99).generate(in)) : Option.none(),
        assignment(integers().between(0, ASSIGNMENT_POOL - 1).generate(in)),
        SharedGen.testBsns().generate(in),
        CATEGORIES.get(integers().between(0, CATEGORIES.size() - 1).generate(in)),
        withProduct ? Option.some(PRODUCTS.get(integers().between(0, PRODUCTS.size() - 1).generate(in))) : Option.none(),
        DateRange.of(month.atDay(startDay), month.atDay(endDay)),
        longs().between(1, ClaimLine.MAX_VOLUME).generate(in),
        Generate.enumValues(Unit.class).generate(in),
        Money.ofCents(longs().between(0, ClaimLine.MAX_CENTS).generate(in)),
        Money.ofCents(longs().between(0, 1_000_000).generate(in)),
        credit ? DebitCredit.CREDIT : DebitCredit.DEBIT);
    Option<MunicipalityCode> member = Option.some(MEMBERS.get(integers().between(0, MEMBERS.size() - 1).generate(in)));
    if (integers().between(0, 1).generate(in) == 0) {
      return AnsweredLine.approved(line, member.get());
    }
    RejectionCode[] all = RejectionCode.values();
    int codes = integers().between(1, 3).generate(in);
    TreeSet<RejectionCode> rejections = TreeSet.empty();
    for (int i = 0; i < codes; i++) {
      rejections = rejections.add(all[integers().between(0, all.length - 1).generate(in)]);
    }
    return new AnsweredLine(line, rejections, integers().between(0, 1).generate(in) == 0 ? member : Option.none());
  }
}
