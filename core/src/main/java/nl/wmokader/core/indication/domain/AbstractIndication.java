package nl.wmokader.core.indication.domain;

import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.DomainStyle;
import nl.wmokader.core.shared.MunicipalityCode;
import org.immutables.value.Value;

/**
 * A resident's case from report (melding) to decision (beschikking): the aggregate root of
 * intake and decisions. The responsible municipality is where the client lives; sheltered housing
 * and shelter are decided by the central municipality and attributed to the municipality of origin.
 */
@Value.Immutable
@DomainStyle
public abstract class AbstractIndication {

  public abstract IndicationId id();

  /** Personal data: never logged. */
  public abstract Bsn client();

  public abstract MunicipalityCode responsibleMunicipality();

  /** For sheltered housing and shelter: the municipality of origin the costs are attributed to. */
  @Value.Default
  public Option<MunicipalityCode> attributedTo() {
    return Option.none();
  }

  public abstract LocalDate reportedOn();

  @Value.Default
  public Option<LocalDate> assessedOn() {
    return Option.none();
  }

  @Value.Default
  public Option<LocalDate> appliedOn() {
    return Option.none();
  }

  @Value.Default
  public Option<Decision> decision() {
    return Option.none();
  }

  /** Optimistic-locking version: 0 before the first save. */
  @Value.Default
  public long version() {
    return 0;
  }

  /** The grant, when the decision granted. */
  public Option<Grant> grant() {
    return decision().flatMap(Decision::grant);
  }
}
