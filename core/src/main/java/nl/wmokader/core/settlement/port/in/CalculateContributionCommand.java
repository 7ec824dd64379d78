package nl.wmokader.core.settlement.port.in;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;

/** The households whose personal contribution to compute for the calendar months {@code from..until}. */
public record CalculateContributionCommand(Seq<HouseholdInput> households, YearMonth from, YearMonth until) {

  /**
   * A household as sent: an identifier of the caller's choosing (a UUID), the client's birth date,
   * the partner's state-pension date and its provisions. Personal data: never logged or echoed.
   */
  public record RawHousehold(String id, LocalDate clientBirthDate, LocalDate partnerStatePensionDate,
                             java.util.List<HouseholdInput.ProvisionInput> provisions) {}

  /**
   * The command from raw values ({@code from} and {@code until} as {@code yyyy-mm}), or every
   * malformed field; what is required is the use case's to say.
   */
  public static Either<DomainError, CalculateContributionCommand> read(Seq<RawHousehold> households, String from,
      String until) {
    FieldChecks check = new FieldChecks();
    YearMonth fromMonth = SettlementFields.optionalMonth(check, "from", from);
    YearMonth untilMonth = SettlementFields.optionalMonth(check, "until", until);
    Seq<HouseholdInput> parsed = households == null ? null : households.zipWithIndex()
        .map(h -> h._1 == null ? null : new HouseholdInput(id(check, "households[" + h._2 + "].id", h._1.id()),
            h._1.clientBirthDate(), h._1.partnerStatePensionDate(),
            h._1.provisions() == null ? null : List.ofAll(h._1.provisions())));
    return check.resultFrom(() -> new CalculateContributionCommand(parsed, fromMonth, untilMonth));
  }

  private static UUID id(FieldChecks check, String field, String raw) {
    if (raw == null) {
      return null;
    }
    if (FieldChecks.isUuid(raw)) {
      return UUID.fromString(raw);
    }
    check.add(field, "uuid_format", "must be a UUID");
    return null;
  }
}
