package nl.wmokader.core.contracting.port.in;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.Money;

/**
 * Adds a lot of {@code product} over {@code validity}, at an own tariff per unit or (none) the reference
 * tariff. Made from raw values by {@link #read} and {@link #forContract}; {@link #validated} is the second round
 * the use case applies after access.
 */
public record AddLotCommand(ContractId contract, ProductCode product, DateRange validity, Option<Money> tariff) {

  public NewLot lot() {
    return new NewLot(product, validity, tariff);
  }

  /**
   * The command from raw values, a lot as in {@link ContractProviderCommand.LotInput}, for the contract
   * {@link #forContract} names; or every missing or malformed field.
   */
  public static Either<DomainError, AddLotCommand> read(String product, LocalDate from, LocalDate until,
                                                        Long tariffCents) {
    FieldChecks check = new FieldChecks();
    NewLot lot = NewLot.read(check, "", product, from, until, tariffCents);
    return check.resultFrom(() -> new AddLotCommand(null, lot.product(), lot.validity(), lot.tariff()));
  }

  /** This command for {@code contract}: a caller names the contract apart from the lot (REST: in the path). */
  public AddLotCommand forContract(ContractId contract) {
    return new AddLotCommand(contract, product, validity, tariff);
  }

  /** This command when it names the contract, and the lot its product and validity at no negative tariff. */
  public Either<DomainError, AddLotCommand> validated() {
    FieldChecks checks = new FieldChecks();
    checks.required("contract", contract);
    NewLot.check(checks, "", lot());
    return checks.result(this);
  }
}
