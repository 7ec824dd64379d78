package nl.wmokader.core.obligations.port.out;

import io.vavr.collection.Seq;
import nl.wmokader.core.supervision.domain.QualityFinding;
import nl.wmokader.core.shared.AgbCode;

/**
 * Supervision's findings about a provider's quality, as the quality-framework obligation needs
 * them. Contracting owns this port because supervision lies downstream; the core's composition
 * implements it over supervision.
 */
@FunctionalInterface
public interface QualityFindings {

  /** The findings about {@code provider}'s quality in {@code year}, established so far. */
  Seq<QualityFinding> findingsAbout(AgbCode provider, int year);
}
