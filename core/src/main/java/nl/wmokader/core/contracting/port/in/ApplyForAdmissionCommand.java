package nl.wmokader.core.contracting.port.in;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;

/**
 * A provider applies for admission (open house) for {@code products} (at least one, each once) in
 * a procurement {@code period}. Each product becomes a lot over the whole period at the reference
 * tariff: under open house every admitted provider gets the same terms; own tariffs are the region's
 * later decision. Made from raw values by {@link #read} and {@link #forProvider}; {@link #validated} is the
 * second round the use case applies after access.
 */
public record ApplyForAdmissionCommand(AgbCode provider, DateRange period, Seq<ProductCode> products) {

  /**
   * The command from raw values, for the provider {@link #forProvider} names: the procurement period
   * {@code from} to {@code until} and the product codes applied for (at least one); or every missing
   * or malformed field ({@code products[1]}).
   */
  public static Either<DomainError, ApplyForAdmissionCommand> read(LocalDate from, LocalDate until,
                                                                   Seq<String> products) {
    FieldChecks check = new FieldChecks();
    DateRange period = check.valid(DateRange.validate("from", from, "until", Option.of(until)));
    List<ProductCode> codes = List.empty();
    if (products == null || products.isEmpty()) {
      check.add("products", "required", "must name at least one product");
    } else {
      int i = 0;
      for (String product : products) {
        ProductCode code = check.valid(ProductCode.validate("products[" + i++ + "]", product));
        codes = code == null ? codes : codes.append(code);
      }
    }
    List<ProductCode> all = codes;
    return check.resultFrom(() -> new ApplyForAdmissionCommand(null, period, all));
  }

  /** This command by {@code provider}: a caller names it apart from the application (REST: in the path). */
  public ApplyForAdmissionCommand forProvider(AgbCode provider) {
    return new ApplyForAdmissionCommand(provider, period, products);
  }

  /** This command when it names the provider, the period and at least one product, none twice. */
  public Either<DomainError, ApplyForAdmissionCommand> validated() {
    FieldChecks checks = new FieldChecks();
    checks.required("provider", provider);
    checks.required("period", period);
    Seq<ProductCode> all = products == null ? List.empty() : products;
    if (all.isEmpty()) {
      checks.add("products", "required", "must name at least one product");
    }
    for (int i = 0; i < all.size(); i++) {
      ProductCode p = all.get(i);
      if (checks.required("products[" + i + "]", p)) {
        checks.check(!all.take(i).contains(p), "products[" + i + "]", "duplicate", "names a product twice");
      }
    }
    return checks.result(this);
  }
}
