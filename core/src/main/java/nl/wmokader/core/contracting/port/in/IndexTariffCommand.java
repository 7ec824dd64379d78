package nl.wmokader.core.contracting.port.in;

import io.vavr.control.Either;
import java.time.LocalDate;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.contracting.domain.IndexationRate;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;

/**
 * Indexes the own tariff of the lot of {@code product} that covers {@code from} by {@code rate}, from
 * that day on. Made from raw values by {@link #read} and {@link #forLot}; {@link #validated} is the second
 * round the use case applies after access.
 */
public record IndexTariffCommand(ContractId contract, ProductCode product, LocalDate from, IndexationRate rate) {

  /**
   * The command from raw values, for the lot {@link #forLot} names: the first day of the indexed tariff
   * and the percentage as a decimal string ({@code "3.2"}: at most two decimals, parsed exactly); or
   * every missing or malformed field.
   */
  public static Either<DomainError, IndexTariffCommand> read(LocalDate from, String percentage) {
    FieldChecks check = new FieldChecks();
    check.present("from", from);
    IndexationRate rate = check.valid(IndexationRate.parse("percentage", percentage));
    return check.resultFrom(() -> new IndexTariffCommand(null, null, from, rate));
  }

  /**
   * This command for the lot of {@code product} in {@code contract}: a caller names the lot apart from
   * the indexation (REST: in the path).
   */
  public IndexTariffCommand forLot(ContractId contract, ProductCode product) {
    return new IndexTariffCommand(contract, product, from, rate);
  }

  /** This command when every field is present. */
  public Either<DomainError, IndexTariffCommand> validated() {
    FieldChecks checks = new FieldChecks();
    checks.required("contract", contract);
    checks.required("product", product);
    checks.required("from", from);
    checks.required("rate", rate);
    return checks.result(this);
  }
}
