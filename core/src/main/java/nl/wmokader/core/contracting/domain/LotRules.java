package nl.wmokader.core.contracting.domain;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.function.Function;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.shared.DateRange;

/**
 * The rules of a contract's lots: each lies inside the contract's period, lots of one product never
 * share a day, a change applies to the lot that covers its day. The contract applies them after its
 * own guard (a terminated contract takes no change).
 */
final class LotRules {

  private LotRules() {}

  /** {@code lots} with {@code lot} added, when it lies inside {@code period} and overlaps no lot of its product. */
  static Either<ContractingError, Seq<Lot>> add(ContractId contract, DateRange period, Seq<Lot> lots, Lot lot) {
    if (!period.contains(lot.validity())) {
      return Either.left(new ContractingError.LotOutsideContractPeriod(contract, lot.product(), lot.validity(), period));
    }
    Option<Lot> clash = lots.find(l -> l.overlaps(lot));
    if (clash.isDefined()) {
      return Either.left(new ContractingError.LotsOverlap(contract, lot.product(), clash.get().validity(), lot.validity()));
    }
    return Either.right(lots.append(lot));
  }

  /** {@code lots} with {@code change} made to the lot of {@code product} that covers {@code on}. */
  static Either<ContractingError, Seq<Lot>> change(ContractId contract, Seq<Lot> lots, ProductCode product,
      LocalDate on, Function<Lot, Either<ContractingError, Lot>> change) {
    int index = lots.indexWhere(l -> l.covers(product, on));
    if (index < 0) {
      return Either.left(new ContractingError.NoLotOn(contract, product, on));
    }
    return change.apply(lots.get(index)).map(lot -> lots.update(index, lot));
  }
}
