package nl.wmokader.examples.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.settlement.domain.DebitCredit;
import nl.wmokader.core.settlement.port.in.ClaimLineInput;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * The floor: what answering the region-year's claims costs in plain, idiomatic Java, written the
 * way a developer would without the library. Records, a {@link HashMap} of assignments, the
 * references in a {@link HashSet}, per assignment the volume used per month. Every line gets every
 * check the library applies to these claims (shape, whose assignment, what, period, tariff,
 * amount, the line's, month's and assignment's ceiling, claimed twice) and is kept with its answer,
 * so that it makes the same decisions on the same input, and settles by summing what it kept.
 *
 * <p>It knows only what the benchmarks' claims need: debits in whole months (no credits, minutes
 * or claim moments), on volumes per week or per month. {@link #of} is not thread-safe; {@link
 * #concurrent} is, for threads that submit for different providers (as the two-thread benchmark
 * does): its maps are concurrent ones, its claim list synchronised, a provider's references and an
 * assignment's usage touched by one thread at a time.
 */
public final class Floor {

  /** Why a line was rejected: one bit per rule, every rule checked. */
  static final int SHAPE = 1;
  static final int DUPLICATE_REFERENCE = 1 << 1;
  static final int UNKNOWN_ASSIGNMENT = 1 << 2;
  static final int WHAT = 1 << 3;
  static final int PERIOD = 1 << 4;
  static final int TARIFF = 1 << 5;
  static final int AMOUNT = 1 << 6;
  static final int LINE_VOLUME = 1 << 7;
  static final int ALREADY_CLAIMED = 1 << 8;
  static final int TOTAL_VOLUME = 1 << 9;

  /** An assignment as the floor keeps it, with its contract tariff and whole-validity ceiling. */
  record Assignment(AssignmentId id, Bsn client, AgbCode provider, MunicipalityCode responsible,
      MunicipalityCode chargedTo, ProductCategory category, ProductCode product, Unit unit, Frequency frequency,
      long quantity, LocalDate start, LocalDate end, long tariffCents, long totalCeiling) {}

  /** A line as kept: what the settlement needs and its answer (0: approved). */
  record Line(String reference, String assignment, YearMonth month, long volume, long amountCents,
      MunicipalityCode chargedTo, int rejections) {
    boolean approved() {
      return rejections == 0;
    }
  }

  record Claim(AgbCode provider, MunicipalityCode municipality, YearMonth month, String number, YearMonth settled,
      List<Line> lines) {
    long approved() {
      return lines.stream().filter(Line::approved).count();
    }
  }

  /** A member's or provider's approved amount in a settlement month. */
  record Sums(Map<MunicipalityCode, Long> perMember, Map<AgbCode, Long> perProvider) {
    long total() {
      return perMember.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  /** The volume approved on one assignment: per month and in all. */
  private static final class Used {
    final Map<YearMonth, Long> perMonth = new HashMap<>();
    long total;
  }

  /** By the assignment's identifier as claims carry it (text). */
  private final Map<String, Assignment> assignments;
  private final Map<AgbCode, Set<String>> references;
  private final Map<AssignmentId, Used> used;
  private final Map<String, Claim> byNumber;
  private final List<Claim> claims;

  private Floor(boolean concurrent) {
    assignments = concurrent ? new ConcurrentHashMap<>() : new HashMap<>();
    references = concurrent ? new ConcurrentHashMap<>() : new HashMap<>();
    used = concurrent ? new ConcurrentHashMap<>() : new HashMap<>();
    byNumber = concurrent ? new ConcurrentHashMap<>() : new HashMap<>();
    claims = concurrent ? Collections.synchronizedList(new ArrayList<>()) : new ArrayList<>();
  }

  /** The floor over {@code world}'s assignments, with the identifiers the use cases gave them. */
  public static Floor of(RegionYear.World world) {
    return over(world, new Floor(false));
  }

  /** As {@link #of}, safe for threads that submit for different providers. */
  public static Floor concurrent(RegionYear.World world) {
    return over(world, new Floor(true));
  }

  private static Floor over(RegionYear.World world, Floor floor) {
    for (RegionYear.Planned p : world.plan().planned()) {
      RegionYear.Product product = p.product();
      LocalDate start = RegionYear.PERIOD.start();
      LocalDate end = RegionYear.PERIOD.end().get();
      long total = product.frequency() == Frequency.PER_WEEK
          ? isoWeeks(start, end) * p.quantity()
          : (ChronoUnit.MONTHS.between(YearMonth.from(start), YearMonth.from(end)) + 1) * p.quantity();
      AssignmentId id = world.id(p.index());
      floor.assignments.put(id.toString(), new Assignment(id, p.client(), p.provider().agb(), p.responsible(), p.chargedTo(),
          product.category(), product.code(), product.unit(), product.frequency(), p.quantity(), start, end,
          p.provider().tariffCents(product.code()), total));
    }
    return floor;
  }

  /** Answers and keeps {@code c}, submitted on {@code today}; the same number again answers as before. */
  public Claim submit(RawClaim c, LocalDate today) {
    String number = c.provider().value() + "|" + c.number();
    Claim before = byNumber.get(number);
    if (before != null) {
      return before;
    }
    Set<String> used = references.computeIfAbsent(c.provider(), p -> new HashSet<>());
    List<Line> lines = new ArrayList<>(c.lines().size());
    for (ClaimLineInput in : c.lines()) {
      lines.add(answer(c, in, used, today));
    }
    Claim claim = new Claim(c.provider(), c.municipality(), c.month(), c.number(), YearMonth.from(today), lines);
    byNumber.put(number, claim);
    claims.add(claim);
    return claim;
  }

  private Line answer(RawClaim c, ClaimLineInput in, Set<String> usedReferences, LocalDate today) {
    int rejections = shape(in, today);
    if (rejections != 0) {
      return new Line(in.reference(), in.assignment(), c.month(), 0, 0, null, rejections);
    }
    if (!usedReferences.add(in.reference())) {
      rejections |= DUPLICATE_REFERENCE;
    }
    Assignment a = assignments.get(in.assignment());
    YearMonth month = YearMonth.from(in.periodStart());
    if (a == null || !a.provider().equals(c.provider()) || !a.responsible().equals(c.municipality())) {
      return new Line(in.reference(), in.assignment(), month, in.volume(), in.amountCents(), null,
          rejections | UNKNOWN_ASSIGNMENT);
    }
    if (!in.client().equals(a.client().value()) || !in.category().equals(a.category().code())
        || !a.product().value().equals(in.product()) || !in.unit().equals(a.unit().code())) {
      rejections |= WHAT;
    }
    boolean startsInMonth = YearMonth.from(a.start()).equals(month);
    boolean endsInMonth = YearMonth.from(a.end()).equals(month);
    if (in.periodStart().isBefore(a.start()) || in.periodEnd().isAfter(a.end()) || month.isAfter(c.month())
        || (in.periodStart().getDayOfMonth() != 1 && !startsInMonth)
        || (!in.periodEnd().equals(month.atEndOfMonth()) && !endsInMonth)) {
      rejections |= PERIOD;
    }
    if (in.tariffCents() != a.tariffCents()) {
      rejections |= TARIFF;
    }
    if (in.amountCents() != in.volume() * in.tariffCents()) {
      rejections |= AMOUNT;
    }
    Used ledger = used.computeIfAbsent(a.id(), id -> new Used());
    if (in.volume() > ceiling(a, in.periodStart(), in.periodEnd())) {
      rejections |= LINE_VOLUME;
    } else {
      Long thisMonth = ledger.perMonth.get(month);
      if (thisMonth != null) {
        rejections |= ALREADY_CLAIMED;
      }
      long monthUsage = (thisMonth == null ? 0 : thisMonth) + in.volume();
      if (monthUsage > ceiling(a, month.atDay(1), month.atEndOfMonth()) || ledger.total + in.volume() > a.totalCeiling()) {
        rejections |= TOTAL_VOLUME;
      }
    }
    if (rejections == 0) {
      ledger.perMonth.merge(month, in.volume(), Long::sum);
      ledger.total += in.volume();
    }
    return new Line(in.reference(), in.assignment(), month, in.volume(), in.amountCents(), a.chargedTo(), rejections);
  }

  /** The untrusted input's shape, as the library checks it before any rule. */
  private static int shape(ClaimLineInput in, LocalDate today) {
    boolean ok = in.reference() != null && !in.reference().isBlank() && in.reference().length() <= 12
        && isUuid(in.assignment()) && isBsn(in.client()) && CATEGORIES.contains(in.category())
        && (in.product() == null || isProductCode(in.product())) && UNITS.contains(in.unit())
        && in.direction() == DebitCredit.DEBIT && in.previousReference() == null
        && in.periodStart() != null && in.periodEnd() != null && !in.periodEnd().isBefore(in.periodStart())
        && YearMonth.from(in.periodStart()).equals(YearMonth.from(in.periodEnd())) && !in.periodEnd().isAfter(today)
        && in.volume() != null && in.volume() >= 1 && in.volume() <= 99_999_999L
        && in.tariffCents() != null && in.tariffCents() >= 0 && in.tariffCents() <= 99_999_999L
        && in.amountCents() != null && in.amountCents() >= 0 && in.amountCents() <= 99_999_999L;
    return ok ? 0 : SHAPE;
  }

  private static final Set<String> CATEGORIES = codes(ProductCategory.values(), ProductCategory::code);
  private static final Set<String> UNITS = codes(Unit.values(), Unit::code);

  private static <T> Set<String> codes(T[] values, java.util.function.Function<T, String> code) {
    Set<String> codes = new HashSet<>();
    for (T value : values) {
      codes.add(code.apply(value));
    }
    return codes;
  }

  /** 8-4-4-4-12 hexadecimal digits. */
  private static boolean isUuid(String s) {
    if (s == null || s.length() != 36) {
      return false;
    }
    for (int i = 0; i < 36; i++) {
      char c = s.charAt(i);
      boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
      if (dash ? c != '-' : Character.digit(c, 16) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Nine digits that pass the eleven-test. */
  private static boolean isBsn(String s) {
    if (s == null || s.length() != 9) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      int d = s.charAt(i) - '0';
      if (d < 0 || d > 9) {
        return false;
      }
      sum += i < 8 ? (9 - i) * d : -d;
    }
    return sum % 11 == 0 && !s.equals("000000000");
  }

  /** One to five capitals or digits. */
  private static boolean isProductCode(String s) {
    if (s.isEmpty() || s.length() > 5) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
        return false;
      }
    }
    return true;
  }

  /**
   * How much may be claimed over {@code from..to} (inside the validity): a weekly volume per ISO
   * week touched, household help six weeks a month; a monthly volume once.
   */
  static long ceiling(Assignment a, LocalDate from, LocalDate to) {
    LocalDate start = from.isBefore(a.start()) ? a.start() : from;
    LocalDate end = to.isAfter(a.end()) ? a.end() : to;
    if (end.isBefore(start)) {
      return 0;
    }
    switch (a.frequency()) {
      case PER_WEEK:
        return a.category() == ProductCategory.HOUSEHOLD_HELP ? 6 * a.quantity() : isoWeeks(start, end) * a.quantity();
      case PER_DAY:
        return (ChronoUnit.DAYS.between(start, end) + 1) * a.quantity();
      case PER_MONTH:
      case TOTAL:
      default:
        return a.quantity();
    }
  }

  /** Distinct ISO weeks (Monday to Sunday) that {@code start..end} touches. */
  static long isoWeeks(LocalDate start, LocalDate end) {
    LocalDate firstMonday = start.plusDays(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    return 1 + (firstMonday.isAfter(end) ? 0 : ChronoUnit.DAYS.between(firstMonday, end) / 7 + 1);
  }

  /** What each member is charged and each provider paid for the claims answered in {@code settled}. */
  public Sums settle(YearMonth settled) {
    Map<MunicipalityCode, Long> perMember = new TreeMap<>((x, y) -> x.value().compareTo(y.value()));
    Map<AgbCode, Long> perProvider = new TreeMap<>((x, y) -> x.value().compareTo(y.value()));
    for (Claim claim : claims) {
      if (!claim.settled().equals(settled)) {
        continue;
      }
      for (Line line : claim.lines()) {
        if (line.approved()) {
          perMember.merge(line.chargedTo(), line.amountCents(), Long::sum);
          perProvider.merge(claim.provider(), line.amountCents(), Long::sum);
        }
      }
    }
    return new Sums(perMember, perProvider);
  }

  /** Every claim kept so far, in submission order. */
  public List<Claim> claims() {
    return claims;
  }
}
