package nl.wmokader.core.monitoring.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * Which figures a question wants: the months {@code from..until} (inclusive, at most
 * {@link #MAX_MONTHS}) and, where present, one member, provider, product category and product.
 * Every present criterion must hold. A fact's member is the municipality the case is attributed to
 * (sheltered housing and shelter), else the responsible one: the member that pays.
 */
public record FigureFilter(Option<MunicipalityCode> member, Option<AgbCode> provider, Option<ProductCategory> category,
                           Option<ProductCode> product, YearMonth from, YearMonth until) {

  /** The longest range one question may ask: three years of months. */
  public static final int MAX_MONTHS = 36;

  public FigureFilter {
    requireNonNull(member, "member");
    requireNonNull(provider, "provider");
    requireNonNull(category, "category");
    requireNonNull(product, "product");
    requireNonNull(from, "from");
    requireNonNull(until, "until");
    if (until.isBefore(from) || ChronoUnit.MONTHS.between(from, until) >= MAX_MONTHS) {
      throw new IllegalArgumentException("a figure filter covers 1.." + MAX_MONTHS + " months, from before until");
    }
  }

  /** Every member, provider, category and product in {@code from..until}. */
  public static FigureFilter months(YearMonth from, YearMonth until) {
    return new FigureFilter(Option.none(), Option.none(), Option.none(), Option.none(), from, until);
  }

  /**
   * From raw values (an adapter's query string): months {@code yyyy-MM}, a member code, an AGB code,
   * a category code and a product code, the last four optional; every malformed field at once.
   */
  public static Either<DomainError, FigureFilter> read(String from, String until, String member, String provider,
                                                       String category, String product) {
    FieldChecks check = new FieldChecks();
    YearMonth start = check.month("from", from);
    YearMonth end = check.month("until", until);
    MunicipalityCode m = member == null ? null : check.valid(MunicipalityCode.validate("member", member));
    AgbCode p = provider == null ? null : check.valid(AgbCode.validate("provider", provider));
    ProductCategory c = category == null ? null : check.code("category", category, ProductCategory::ofCode);
    ProductCode pc = product == null ? null : check.valid(ProductCode.validate("product", product));
    check.check(start == null || end == null || !end.isBefore(start), "until", "before_from", "must not be before from");
    check.check(start == null || end == null || end.isBefore(start) || ChronoUnit.MONTHS.between(start, end) < MAX_MONTHS,
        "until", "too_long", "at most " + MAX_MONTHS + " months");
    return check.resultFrom(() -> new FigureFilter(Option.of(m), Option.of(p), Option.of(c), Option.of(pc), start, end));
  }

  public FigureFilter withMember(MunicipalityCode code) {
    return new FigureFilter(Option.some(code), provider, category, product, from, until);
  }

  public FigureFilter withProvider(AgbCode agb) {
    return new FigureFilter(member, Option.some(agb), category, product, from, until);
  }

  public FigureFilter withCategory(ProductCategory c) {
    return new FigureFilter(member, provider, Option.some(c), product, from, until);
  }

  public FigureFilter withProduct(ProductCode code) {
    return new FigureFilter(member, provider, category, Option.some(code), from, until);
  }

  /** The first day of {@link #from}. */
  public LocalDate firstDay() {
    return from.atDay(1);
  }

  /** The last day of {@link #until}. */
  public LocalDate lastDay() {
    return until.atEndOfMonth();
  }

  /** Whether a fact of these dimensions is wanted (months aside). */
  public boolean matches(MunicipalityCode factMember, AgbCode factProvider, ProductCategory factCategory,
                         Option<ProductCode> factProduct) {
    return member.forAll(factMember::equals)
        && provider.forAll(factProvider::equals)
        && category.forAll(factCategory::equals)
        && product.forAll(p -> factProduct.contains(p));
  }

  /**
   * Whether a recovery of this member and provider is wanted (months aside): never when the filter
   * names a category or product, which a recovery does not have (its amount is not spread over them).
   */
  public boolean matchesRecovery(MunicipalityCode recoveryMember, AgbCode recoveryProvider) {
    return category.isEmpty() && product.isEmpty()
        && member.forAll(recoveryMember::equals) && provider.forAll(recoveryProvider::equals);
  }
}
