package nl.wmokader.core.indication.port.in;

import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.indication.domain.Volume;
import nl.wmokader.core.shared.FieldChecks;

/**
 * A volume as sent: {@code quantity} (positive; cents when the unit is {@code EUROS}) of
 * {@code unit} per {@code frequency}, both by their stable names. Any component may be null.
 */
public record VolumeInput(Long quantity, Unit unit, Frequency frequency) {

  /** The volume, or null with every invalid member reported under {@code field}. */
  Volume read(FieldChecks check, String field) {
    Long q = check.present(field + ".quantity", quantity);
    if (q != null && q <= 0) {
      check.add(field + ".quantity", "out_of_range", "must be positive");
      q = null;
    }
    Unit u = check.present(field + ".unit", unit);
    Frequency f = check.present(field + ".frequency", frequency);
    return q != null && u != null && f != null ? new Volume(q, u, f) : null;
  }
}
