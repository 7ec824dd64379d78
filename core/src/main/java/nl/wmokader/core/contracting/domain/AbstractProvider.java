package nl.wmokader.core.contracting.domain;

import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainStyle;
import org.immutables.value.Value;

/**
 * A care provider (zorgaanbieder) known to the region, identified by its AGB code. Not personal
 * data: every actor may read it. Admission (application, evidence, checks) grows on this aggregate
 * in a later slice; now a provider is registered by the region's staff.
 */
@Value.Immutable
@DomainStyle
public abstract class AbstractProvider {

  public abstract AgbCode agb();

  public abstract String name();

  /** Optimistic-locking version: 0 before the first save. */
  @Value.Default
  public long version() {
    return 0;
  }

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new IllegalStateException("provider name is blank");
    }
  }
}
