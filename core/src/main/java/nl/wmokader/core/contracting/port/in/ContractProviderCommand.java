package nl.wmokader.core.contracting.port.in;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;

/**
 * Contracts a registered provider for a procurement period with initial lots (possibly none). Made
 * from raw values by {@link #read} (presence and formats); {@link #validated} is the second round the
 * use case applies after access.
 */
public record ContractProviderCommand(AgbCode provider, DateRange period, Seq<NewLot> lots) {

  /**
   * A lot as sent: the product code, its validity {@code from} to {@code until} (absent: open-ended)
   * and an own tariff per unit in cents (absent: the reference tariff).
   */
  public record LotInput(String product, LocalDate from, LocalDate until, Long tariffCents) {}

  /**
   * The command from raw values: the provider's AGB code, the period {@code from} to {@code until}
   * (absent: open-ended) and the lots (absent: none); or every missing or malformed field
   * ({@code lots[1].product}).
   */
  public static Either<DomainError, ContractProviderCommand> read(String provider, LocalDate from, LocalDate until,
                                                                  Seq<LotInput> lots) {
    FieldChecks check = new FieldChecks();
    AgbCode agb = check.valid(AgbCode.validate("provider", provider));
    DateRange period = check.valid(DateRange.validate("from", from, "until", Option.of(until)));
    List<NewLot> parsed = List.empty();
    if (lots != null) {
      int i = 0;
      for (LotInput lot : lots) {
        String at = "lots[" + i++ + "]";
        NewLot checked = check.present(at, lot) == null ? null
            : NewLot.read(check, at + ".", lot.product(), lot.from(), lot.until(), lot.tariffCents());
        if (checked != null) {
          parsed = parsed.append(checked);
        }
      }
    }
    List<NewLot> all = parsed;
    return check.resultFrom(() -> new ContractProviderCommand(agb, period, all));
  }

  /** This command when it names the provider and the period, each lot its product and validity, no tariff negative. */
  public Either<DomainError, ContractProviderCommand> validated() {
    FieldChecks checks = new FieldChecks();
    checks.required("provider", provider);
    checks.required("period", period);
    Seq<NewLot> all = lots == null ? List.empty() : lots;
    for (int i = 0; i < all.size(); i++) {
      NewLot.check(checks, "lots[" + i + "].", all.get(i));
    }
    return checks.result(this);
  }
}
