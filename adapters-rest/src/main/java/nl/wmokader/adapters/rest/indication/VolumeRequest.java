package nl.wmokader.adapters.rest.indication;

import nl.wmokader.adapters.rest.FieldCheck;
import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.indication.domain.Volume;

/**
 * A volume in a request: {@code quantity} (positive; cents when the unit is {@code EUROS}) of
 * {@code unit} per {@code frequency}, both by their stable names.
 */
public record VolumeRequest(Long quantity, Unit unit, Frequency frequency) {

  /** The volume, or null with every invalid member reported under {@code field}. */
  Volume toVolume(FieldCheck check, String field) {
    Long q = check.required(field + ".quantity", quantity);
    if (q != null && q <= 0) {
      check.error(field + ".quantity", "out_of_range", "must be positive");
      q = null;
    }
    Unit u = check.required(field + ".unit", unit);
    Frequency f = check.required(field + ".frequency", frequency);
    return q != null && u != null && f != null ? new Volume(q, u, f) : null;
  }
}
