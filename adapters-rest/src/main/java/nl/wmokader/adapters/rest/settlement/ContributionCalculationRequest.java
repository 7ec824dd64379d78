package nl.wmokader.adapters.rest.settlement;

import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.UUID;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.settlement.port.in.CalculateContributionCommand;
import nl.wmokader.core.settlement.port.in.HouseholdInput;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;

/**
 * The body of {@code POST /api/v1/contribution-calculations}: households (personal data, never
 * logged or echoed) and the months {@code from..until}. Only formats are checked here; what is
 * required is the use case's to say.
 */
public record ContributionCalculationRequest(java.util.List<HouseholdRequest> households, String from, String until)
    implements ApiRequest<CalculateContributionCommand> {

  /** A household: an identifier of the caller's choosing (a UUID), the client's birth date, the partner's state-pension date, its provisions. */
  public record HouseholdRequest(String id, LocalDate clientBirthDate, LocalDate partnerStatePensionDate,
                                 java.util.List<ProvisionRequest> provisions) {}

  /** One provision: its category and the first and (when ended) last day of support. */
  public record ProvisionRequest(ProductCategory category, LocalDate start, LocalDate end) {}

  @Override
  public Either<DomainError, CalculateContributionCommand> toCommand() {
    FieldChecks check = new FieldChecks();
    var fromMonth = Months.parse(check, "from", from);
    var untilMonth = Months.parse(check, "until", until);
    List<HouseholdInput> parsed = households == null ? null : List.ofAll(households).zipWithIndex()
        .map(h -> h._1 == null ? null : new HouseholdInput(id(check, "households[" + h._2 + "].id", h._1.id()),
            h._1.clientBirthDate(), h._1.partnerStatePensionDate(), h._1.provisions() == null ? null
                : List.ofAll(h._1.provisions()).map(p -> p == null ? null
                    : new HouseholdInput.ProvisionInput(p.category(), p.start(), p.end()))));
    return check.resultFrom(() -> new CalculateContributionCommand(parsed, fromMonth, untilMonth));
  }

  private static UUID id(FieldChecks check, String field, String raw) {
    if (raw == null) {
      return null;
    }
    if (raw.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
      return UUID.fromString(raw);
    }
    check.add(field, "uuid_format", "must be a UUID");
    return null;
  }
}
