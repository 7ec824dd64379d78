package nl.wmokader.adapters.rest.settlement;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.adapters.rest.FieldCheck;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.settlement.domain.DebitCredit;
import nl.wmokader.core.settlement.port.in.ClaimLineInput;
import nl.wmokader.core.settlement.port.in.SubmitClaimCommand;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * The body of {@code POST /api/v1/claims}: a provider's claim (iWmo 323) for {@code month}
 * ({@code YYYY-MM}) to {@code municipality}. The provider is the actor. Here the shape of every
 * line is checked (missing fields, formats, the BSN's eleven-test, iWmo codes); ranges, dates and
 * the declared total are the core's second round.
 */
public record SubmitClaimRequest(String municipality, String month, String number, Long declaredTotalCents,
                                 List<Line> lines)
    implements ApiRequest<Function<AgbCode, SubmitClaimCommand>> {

  /**
   * One line (iWmo Prestatie). {@code category} and {@code unit} are iWmo codes ("02", "04"), as in
   * the iWmo message; {@code direction} is DEBIT or CREDIT; money in cents.
   */
  public record Line(String reference, String previousReference, String assignment, String client, String category,
                     String product, LocalDate periodStart, LocalDate periodEnd, Long volume, String unit,
                     Long tariffCents, Long amountCents, DebitCredit direction) {

    /**
     * The line's input when every field has the right shape, else null (and {@link #toInput} names
     * what is wrong): the same input {@link #toInput} would build, without making field names.
     */
    ClaimLineInput checked(Known known) {
      if (reference == null || reference.isBlank() || periodStart == null || periodEnd == null || volume == null
          || tariffCents == null || amountCents == null || direction == null || assignment == null
          || !FieldCheck.isUuid(assignment)) {
        return null;
      }
      Bsn bsn = known.bsn(client);
      ProductCategory productCategory = known.category(category);
      Unit volumeUnit = known.unit(unit);
      ProductCode productCode = product == null ? null : known.product(product);
      if (bsn == null || productCategory == null || volumeUnit == null || (product != null && productCode == null)) {
        return null;
      }
      return new ClaimLineInput(reference, previousReference, new AssignmentId(UUID.fromString(assignment)), bsn,
          productCategory, productCode, periodStart, periodEnd, volume, volumeUnit, tariffCents, amountCents, direction);
    }

    ClaimLineInput toInput(FieldCheck check, String prefix) {
      check.requiredText(prefix + "reference", reference);
      UUID assignmentId = SettlementParams.uuid(check, prefix + "assignment", assignment);
      Bsn bsn = check.valid(Bsn.validate(prefix + "client", client));
      ProductCategory productCategory = code(check, prefix + "category", category, ProductCategory::ofCode);
      ProductCode productCode = product == null ? null : check.valid(ProductCode.validate(prefix + "product", product));
      check.required(prefix + "periodStart", periodStart);
      check.required(prefix + "periodEnd", periodEnd);
      check.required(prefix + "volume", volume);
      Unit volumeUnit = code(check, prefix + "unit", unit, Unit::ofCode);
      check.required(prefix + "tariffCents", tariffCents);
      check.required(prefix + "amountCents", amountCents);
      check.required(prefix + "direction", direction);
      return new ClaimLineInput(reference, previousReference, assignmentId == null ? null : new AssignmentId(assignmentId),
          bsn, productCategory, productCode, periodStart, periodEnd, volume, volumeUnit, tariffCents, amountCents,
          direction);
    }

    private static <T> T code(FieldCheck check, String field, String raw,
                              Function<String, io.vavr.control.Option<T>> ofCode) {
      if (check.requiredText(field, raw) == null) {
        return null;
      }
      T value = ofCode.apply(raw).getOrNull();
      if (value == null) {
        check.error(field, "invalid_value", "is not an iWmo code of this field");
      }
      return value;
    }
  }

  /**
   * The valid codes and numbers met so far in one claim, each checked once: a claim of 20,000
   * lines names a few dozen products and some 10,000 clients. Only valid values are kept; anything
   * else answers null and the line goes the long way, naming its errors.
   */
  static final class Known {
    private static final Map<String, ProductCategory> CATEGORIES = byCode(ProductCategory.values(), ProductCategory::code);
    private static final Map<String, Unit> UNITS = byCode(Unit.values(), Unit::code);

    private final Map<String, Bsn> bsns = new HashMap<>();
    private final Map<String, ProductCode> products = new HashMap<>();

    /** As {@code ofCode}: the first value with the code. */
    private static <T> Map<String, T> byCode(T[] values, Function<T, String> code) {
      Map<String, T> map = new HashMap<>();
      for (T value : values) {
        map.putIfAbsent(code.apply(value), value);
      }
      return Map.copyOf(map);
    }

    ProductCategory category(String code) {
      return code == null ? null : CATEGORIES.get(code);
    }

    Unit unit(String code) {
      return code == null ? null : UNITS.get(code);
    }

    Bsn bsn(String raw) {
      if (raw == null) {
        return null;
      }
      Bsn bsn = bsns.get(raw);
      if (bsn == null) {
        bsn = Bsn.isValid(raw) ? new Bsn(raw) : null;
        if (bsn != null) {
          bsns.put(raw, bsn);
        }
      }
      return bsn;
    }

    ProductCode product(String raw) {
      ProductCode code = products.get(raw);
      if (code == null) {
        code = ProductCode.validate("product", raw).getOrNull();
        if (code != null) {
          products.put(raw, code);
        }
      }
      return code;
    }
  }

  @Override
  public Either<DomainError, Function<AgbCode, SubmitClaimCommand>> toCommand() {
    FieldCheck check = new FieldCheck();
    MunicipalityCode addressee = check.valid(MunicipalityCode.validate("municipality", municipality));
    YearMonth claimMonth = SettlementParams.month(check, "month", month);
    check.requiredText("number", number);
    List<ClaimLineInput> inputs = new ArrayList<>();
    if (check.required("lines", lines) != null) {
      Known known = new Known();
      for (int i = 0; i < lines.size(); i++) {
        Line line = lines.get(i);
        if (line == null) {
          check.error("lines[" + i + "]", "required", "is required");
        } else {
          ClaimLineInput input = line.checked(known);
          inputs.add(input != null ? input : line.toInput(check, "lines[" + i + "]."));
        }
      }
    }
    return check.result(() -> provider -> new SubmitClaimCommand(provider, addressee, claimMonth, number,
        declaredTotalCents, io.vavr.collection.Vector.ofAll(inputs)));
  }
}
