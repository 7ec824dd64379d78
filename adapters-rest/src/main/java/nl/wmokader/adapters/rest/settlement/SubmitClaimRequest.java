package nl.wmokader.adapters.rest.settlement;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
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

  @Override
  public Either<DomainError, Function<AgbCode, SubmitClaimCommand>> toCommand() {
    FieldCheck check = new FieldCheck();
    MunicipalityCode addressee = check.valid(MunicipalityCode.validate("municipality", municipality));
    YearMonth claimMonth = SettlementParams.month(check, "month", month);
    check.requiredText("number", number);
    List<ClaimLineInput> inputs = new ArrayList<>();
    if (check.required("lines", lines) != null) {
      for (int i = 0; i < lines.size(); i++) {
        Line line = lines.get(i);
        if (line == null) {
          check.error("lines[" + i + "]", "required", "is required");
        } else {
          inputs.add(line.toInput(check, "lines[" + i + "]."));
        }
      }
    }
    return check.result(() -> provider -> new SubmitClaimCommand(provider, addressee, claimMonth, number,
        declaredTotalCents, io.vavr.collection.Vector.ofAll(inputs)));
  }
}
