package nl.wmokader.core.shared;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.vavr.control.Option;
import java.time.LocalDate;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of the shared kernel (core test-jar), reused by every subdomain and adapter. */
public final class SharedGen {
  private SharedGen() {}

  /** The reference region's members (CBS codes). */
  public static final java.util.List<MunicipalityCode> REFERENCE_MEMBERS = java.util.List.of(
      MunicipalityCode.of("0828"), MunicipalityCode.of("1721"), MunicipalityCode.of("0755"),
      MunicipalityCode.of("1982"), MunicipalityCode.of("1991"));

  /** Valid BSNs from the reserved test range only (starting 9999): never a real person's. */
  public static Gen<Bsn> testBsns() {
    return integers().between(0, VALID_TEST_BSNS.size() - 1).map(VALID_TEST_BSNS::get);
  }

  /**
   * Every test-range BSN that passes the eleven-test (the 9999xxxx numbers whose middle digits have a
   * check digit: about 10 in 11), drawn from by index
   * so that no draw is ever rejected: a generator that rejects draws makes QuickTheories give up
   * on examples that draw many of them.
   */
  private static final io.vavr.collection.IndexedSeq<Bsn> VALID_TEST_BSNS =
      io.vavr.collection.Vector.range(0, 10_000).flatMap(SharedGen::testBsnFrom);

  /** The test-range BSN with middle digits {@code n} (0..9999), if a check digit exists for it. */
  public static Option<Bsn> testBsnFrom(int n) {
    String middle = String.format("%04d", n);
    int sum = 9 * 9 + 8 * 9 + 7 * 9 + 6 * 9;
    for (int i = 0; i < 4; i++) {
      sum += (5 - i) * (middle.charAt(i) - '0');
    }
    int check = sum % 11;
    return check > 9 ? Option.none() : Option.some(new Bsn("9999" + middle + check));
  }

  public static Gen<Money> money() {
    return longs().between(-10_000_000_00L, 10_000_000_00L).map(Money::ofCents);
  }

  public static Gen<Money> nonNegativeMoney() {
    return longs().between(0, 10_000_000_00L).map(Money::ofCents);
  }

  /** Dates within the arrangement's horizon and a little around it (2023..2030). */
  public static Gen<LocalDate> dates() {
    return integers().between(0, 8 * 366).map(d -> LocalDate.of(2023, 1, 1).plusDays(d));
  }

  public static Gen<DateRange> dateRanges() {
    return dates().zip(integers().between(0, 800), Generate.booleans(),
        (start, days, open) -> open ? DateRange.from(start) : DateRange.of(start, start.plusDays(days)));
  }

  public static Gen<DateRange> closedDateRanges() {
    return dates().zip(integers().between(0, 800), (start, days) -> DateRange.of(start, start.plusDays(days)));
  }

  public static Gen<MunicipalityCode> members() {
    return Generate.pick(REFERENCE_MEMBERS);
  }

  public static Gen<MunicipalityCode> municipalityCodes() {
    return integers().between(1, 9999).map(n -> MunicipalityCode.of(String.format("%04d", n)));
  }

  public static Gen<AgbCode> agbCodes() {
    return integers().between(1, 99_999_999).map(n -> AgbCode.of(String.format("%08d", n)));
  }

  /** A few providers, so that generated cases collide often enough to test scope. */
  public static Gen<AgbCode> fewAgbCodes() {
    return Generate.pick(java.util.List.of(
        AgbCode.of("98000001"), AgbCode.of("98000002"), AgbCode.of("98000003")));
  }

  public static Gen<Actor> actors() {
    return Generate.oneOf(
        Generate.constant(Actor.region()),
        members().map(Actor::municipality),
        fewAgbCodes().map(Actor::provider),
        Generate.constant(Actor.supervisor()));
  }
}
