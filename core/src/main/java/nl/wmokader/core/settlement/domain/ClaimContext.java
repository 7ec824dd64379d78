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

  // indexed once per claim in plain hash maps: every line looks up here several times
  private final java.util.Map<AssignmentId, Assignment> assignments = new java.util.HashMap<>();
  private final java.util.Map<AssignmentId, AssignmentLedger> ledgers = new java.util.HashMap<>();
  private final java.util.Set<String> usedReferences = new java.util.HashSet<>();
  private final java.util.Map<ProductCode, Product> products = new java.util.HashMap<>();
  private final Seq<Contract> contracts;
  /** The lots of contracts that came into force, by product. */
  private final java.util.Map<ProductCode, java.util.List<Lot>> payingLots = new java.util.HashMap<>();

  /** What the stores answered for one claim: assignments, ledgers and products as found, the references used before. */
  public static ClaimContext of(Iterable<Assignment> assignments, Iterable<AssignmentLedger> ledgers,
                                Iterable<String> usedReferences, Iterable<Product> products, Seq<Contract> contracts) {
    return new ClaimContext(assignments, ledgers, usedReferences, products, contracts);
  }

  public ClaimContext(Map<AssignmentId, Assignment> assignments, Map<AssignmentId, AssignmentLedger> ledgers,
                      Set<String> usedReferences, Map<ProductCode, Product> products, Seq<Contract> contracts) {
    this(requireNonNull(assignments, "assignments").values(), requireNonNull(ledgers, "ledgers").values(),
        usedReferences, requireNonNull(products, "products").values(), contracts);
  }

  private ClaimContext(Iterable<Assignment> assignments, Iterable<AssignmentLedger> ledgers,
                       Iterable<String> usedReferences, Iterable<Product> products, Seq<Contract> contracts) {
    requireNonNull(usedReferences, "usedReferences");
    this.contracts = requireNonNull(contracts, "contracts");
    requireNonNull(assignments, "assignments").forEach(a -> this.assignments.put(a.id(), a));
    requireNonNull(ledgers, "ledgers").forEach(l -> this.ledgers.put(l.assignment(), l));
    usedReferences.forEach(this.usedReferences::add);
    requireNonNull(products, "products").forEach(p -> this.products.put(p.code(), p));
    for (Contract contract : contracts) {
      if (contract.status() != ContractStatus.APPLIED && contract.status() != ContractStatus.ADMITTED) {
        for (Lot lot : contract.lots()) {
          payingLots.computeIfAbsent(lot.product(), p -> new java.util.ArrayList<>()).add(lot);
        }
      }
    }
  }

  /** The assignment with {@code id}, whoever's it is. */
  public Option<Assignment> assignment(AssignmentId id) {
    return Option.of(assignments.get(id));
  }

  public Option<Product> product(ProductCode code) {
    return Option.of(products.get(code));
  }

  /** {@link #assignment} without an option, null when none was found. */
  Assignment findAssignment(AssignmentId id) {
    return assignments.get(id);
  }

  /** Whether the provider used {@code reference} in an earlier claim. */
  public boolean isUsed(String reference) {
    return usedReferences.contains(reference);
  }

  public Seq<Contract> contracts() {
    return contracts;
  }

  public AssignmentLedger ledger(AssignmentId id) {
    AssignmentLedger ledger = ledgers.get(id);
    return ledger != null ? ledger : AssignmentLedger.empty(id);
  }

  /**
   * The contract's lot for {@code product} on {@code date}: of a contract that came into force
   * (an application gives no right to be paid; a suspended or terminated one still pays for what it
   * delivered while its lots ran).
   */
  public Option<Lot> lotOn(ProductCode product, LocalDate date) {
    return Option.of(lot(product, date));
  }

  /** {@link #lotOn} without an option: the hot path asks it for every line. */
  Lot lot(ProductCode product, LocalDate date) {
    java.util.List<Lot> lots = payingLots.get(product);
    if (lots != null) {
      for (Lot lot : lots) {
        if (lot.covers(product, date)) {
          return lot;
        }
      }
    }
    return null;
  }

  /** The tariff a line for {@code product} on {@code date} must carry: the lot's own, else the catalogue's reference tariff. */
  public Option<Money> contractTariff(ProductCode product, LocalDate date) {
    Lot lot = lot(product, date);
    if (lot == null) {
      return Option.none();
    }
    Option<Money> own = lot.tariffOn(date);
    if (own.isDefined()) {
      return own;
    }
    Product reference = products.get(product);
    return reference == null ? Option.none() : reference.referenceTariffOn(date).map(ReferenceTariff::perUnit);
  }
}
