package nl.wmokader.core.obligations.port.out;

import io.vavr.collection.Seq;
import nl.wmokader.core.supervision.domain.QualityFinding;
import nl.wmokader.core.shared.AgbCode;

/**
 * Supervision's findings about a provider's quality, as the quality-framework obligation needs
 * them. The composition answers it with supervision's {@code FindQualityFindingsUseCase}; an
 * embedder whose supervision is kept elsewhere may answer it itself.
 */
@FunctionalInterface
public interface QualityFindings {

  /** The findings about {@code provider}'s quality in {@code year}, established so far. */
  Seq<QualityFinding> findingsAbout(AgbCode provider, int year);
}
