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
public final class ClaimContext {

  private final Map<AssignmentId, Assignment> assignments;
  private final Map<AssignmentId, AssignmentLedger> ledgers;
  private final Set<String> usedReferences;
  private final Map<ProductCode, Product> products;
  private final Seq<Contract> contracts;
  /** The lots of contracts that came into force, by product: looked up per line. */
  private final java.util.Map<ProductCode, java.util.List<Lot>> payingLots = new java.util.HashMap<>();

  public ClaimContext(Map<AssignmentId, Assignment> assignments, Map<AssignmentId, AssignmentLedger> ledgers,
                      Set<String> usedReferences, Map<ProductCode, Product> products, Seq<Contract> contracts) {
    this.assignments = requireNonNull(assignments, "assignments");
    this.ledgers = requireNonNull(ledgers, "ledgers");
    this.usedReferences = requireNonNull(usedReferences, "usedReferences");
    this.products = requireNonNull(products, "products");
    this.contracts = requireNonNull(contracts, "contracts");
    for (Contract contract : contracts) {
      if (contract.status() != ContractStatus.APPLIED && contract.status() != ContractStatus.ADMITTED) {
        for (Lot lot : contract.lots()) {
          payingLots.computeIfAbsent(lot.product(), p -> new java.util.ArrayList<>()).add(lot);
        }
      }
    }
  }

  public Map<AssignmentId, Assignment> assignments() {
    return assignments;
  }

  public Map<AssignmentId, AssignmentLedger> ledgers() {
    return ledgers;
  }

  public Set<String> usedReferences() {
    return usedReferences;
  }

  public Map<ProductCode, Product> products() {
    return products;
  }

  public Seq<Contract> contracts() {
    return contracts;
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
    for (Lot lot : payingLots.getOrDefault(product, java.util.List.of())) {
      if (lot.covers(product, date)) {
        return Option.some(lot);
      }
    }
    return Option.none();
  }

  /** The tariff a line for {@code product} on {@code date} must carry: the lot's own, else the catalogue's reference tariff. */
  public Option<Money> contractTariff(ProductCode product, LocalDate date) {
    return lotOn(product, date).map(lot -> lot.tariffOn(date)
        .orElse(() -> products.get(product).flatMap(p -> p.referenceTariffOn(date)).map(ReferenceTariff::perUnit)))
        .flatMap(tariff -> tariff);
  }
}
