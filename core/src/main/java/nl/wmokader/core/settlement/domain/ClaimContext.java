package nl.wmokader.core.settlement.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.catalogue.domain.Product;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.catalogue.domain.ReferenceTariff;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.contracting.domain.ContractStatus;
import nl.wmokader.core.contracting.domain.Lot;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.shared.Money;

/**
 * Everything validating one claim needs, read once before the rules run: the assignments its lines
 * name (as found: the rules check whose they are), their ledgers of approved lines, which of its
 * references the provider used before, the products it names and the provider's contracts.
 */
public record ClaimContext(Map<AssignmentId, Assignment> assignments, Map<AssignmentId, AssignmentLedger> ledgers,
                           Set<String> usedReferences, Map<ProductCode, Product> products, Seq<Contract> contracts) {

  public ClaimContext {
    requireNonNull(assignments, "assignments");
    requireNonNull(ledgers, "ledgers");
    requireNonNull(usedReferences, "usedReferences");
    requireNonNull(products, "products");
    requireNonNull(contracts, "contracts");
  }

  public AssignmentLedger ledger(AssignmentId id) {
    return ledgers.get(id).getOrElse(() -> AssignmentLedger.empty(id));
  }

  /**
   * The contract's lot for {@code product} on {@code date}: of a contract that came into force
   * (an application gives no right to be paid; a suspended or terminated one still pays for what it
   * delivered while its lots ran).
   */
  public Option<Lot> lotOn(ProductCode product, LocalDate date) {
    return contracts
        .filter(c -> c.status() != ContractStatus.APPLIED && c.status() != ContractStatus.ADMITTED)
        .flatMap(Contract::lots)
        .find(lot -> lot.covers(product, date));
  }

  /** The tariff a line for {@code product} on {@code date} must carry: the lot's own, else the catalogue's reference tariff. */
  public Option<Money> contractTariff(ProductCode product, LocalDate date) {
    return lotOn(product, date).map(lot -> lot.tariffOn(date)
        .orElse(() -> products.get(product).flatMap(p -> p.referenceTariffOn(date)).map(ReferenceTariff::perUnit)))
        .flatMap(tariff -> tariff);
  }
}
