package nl.wmokader.core.settlement.port.out;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.YearMonth;
import java.util.Comparator;
import nl.wmokader.core.settlement.domain.Recovery;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.MunicipalityCode;

/** Stores recoveries. Lists come in {@link #ORDER}: month, member, provider, reference. */
public interface RecoveryRepository {

  Comparator<Recovery> ORDER = Comparator.comparing(Recovery::month)
      .thenComparing(r -> r.member().value())
      .thenComparing(r -> r.provider().value())
      .thenComparing(Recovery::reference);

  Option<Recovery> findByReference(String reference);

  /** The recoveries of months {@code from..until} charged to {@code member} (or every member), in {@link #ORDER}. */
  Seq<Recovery> find(Option<MunicipalityCode> member, YearMonth from, YearMonth until);

  /** Stores a new recovery; {@code Left(Duplicate)} when its reference is taken. */
  Either<DomainError, Recovery> add(Recovery recovery);

  /** Stores new recoveries all or none; {@code Left(Duplicate)} when any reference is taken, and then none is stored. */
  Either<DomainError, Seq<Recovery>> addAll(Seq<Recovery> recoveries);
}
