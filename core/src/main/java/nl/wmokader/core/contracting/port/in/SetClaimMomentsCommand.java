package nl.wmokader.core.contracting.port.in;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.LocalDate;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.contracting.domain.ClaimMomentKind;
import nl.wmokader.core.contracting.domain.ClaimMoments;
import nl.wmokader.core.contracting.domain.ClaimPeriod;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;

/**
 * Agrees the claim moments of the lot of {@code product} that covers {@code on}. Made from raw values
 * by {@link #read} and {@link #forLot}; {@link #validated} is the second round the
 * use case applies after access.
 */
public record SetClaimMomentsCommand(ContractId contract, ProductCode product, LocalDate on, ClaimMomentsInput moments) {

  /**
   * The command from raw values, for the lot {@link #forLot} names: a day the lot
   * covers ({@code date}: which lot of the product), the kind, and the period ({@code PER_PERIOD}) or
   * the milestones ({@code PER_MILESTONE}); or every missing or malformed field.
   */
  public static Either<DomainError, SetClaimMomentsCommand> read(LocalDate date, ClaimMomentKind kind,
                                                                 ClaimPeriod period, Seq<String> milestones) {
    FieldChecks check = new FieldChecks();
    check.present("date", date);
    Seq<String> names = milestones == null ? List.empty() : milestones;
    check.addAll(ClaimMoments.errors("", kind, period, names));
    return check.resultFrom(() -> new SetClaimMomentsCommand(null, null, date,
        new ClaimMomentsInput(kind, period, names)));
  }

  /**
   * This command for the lot of {@code product} in {@code contract}: a caller names the lot apart from
   * the moments (REST: in the path).
   */
  public SetClaimMomentsCommand forLot(ContractId contract, ProductCode product) {
    return new SetClaimMomentsCommand(contract, product, on, moments);
  }

  /** This command when every field is present and the moments agree with their kind. */
  public Either<DomainError, SetClaimMomentsCommand> validated() {
    FieldChecks checks = new FieldChecks();
    checks.required("contract", contract);
    checks.required("product", product);
    checks.required("on", on);
    if (checks.required("moments", moments)) {
      checks.addAll(ClaimMoments.errors("moments.", moments.kind(), moments.period(),
          moments.milestones() == null ? List.empty() : moments.milestones()));
    }
    return checks.result(this);
  }
}
