package nl.wmokader.core.inmemory;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.YearMonth;
import nl.wmokader.core.settlement.domain.Recovery;
import nl.wmokader.core.settlement.port.out.RecoveryRepository;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.MunicipalityCode;

/** Recoveries in memory. */
public final class InMemoryRecoveryRepository implements RecoveryRepository {

  private Map<String, Recovery> byReference = LinkedHashMap.empty();

  @Override
  public synchronized Option<Recovery> findByReference(String reference) {
    return byReference.get(reference);
  }

  @Override
  public synchronized Seq<Recovery> find(Option<MunicipalityCode> member, YearMonth from, YearMonth until) {
    return byReference.values()
        .filter(r -> member.forAll(r.member()::equals) && !r.month().isBefore(from) && !r.month().isAfter(until))
        .toList().sorted(ORDER);
  }

  @Override
  public synchronized Either<DomainError, Recovery> add(Recovery recovery) {
    if (byReference.containsKey(recovery.reference())) {
      return Either.left(new CommonError.Duplicate("recovery", recovery.reference()));
    }
    byReference = byReference.put(recovery.reference(), recovery);
    return Either.right(recovery);
  }

  @Override
  public synchronized Either<DomainError, Seq<Recovery>> addAll(Seq<Recovery> recoveries) {
    Map<String, Recovery> next = byReference;
    for (Recovery recovery : recoveries) {
      if (next.containsKey(recovery.reference())) {
        return Either.left(new CommonError.Duplicate("recovery", recovery.reference()));
      }
      next = next.put(recovery.reference(), recovery);
    }
    byReference = next;
    return Either.right(recoveries);
  }
}
