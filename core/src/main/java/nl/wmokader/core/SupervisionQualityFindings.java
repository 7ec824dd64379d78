package nl.wmokader.core;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import nl.wmokader.core.contracting.domain.QualityFinding;
import nl.wmokader.core.contracting.port.out.QualityFindings;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.supervision.domain.Investigation;
import nl.wmokader.core.supervision.domain.InvestigationStatus;
import nl.wmokader.core.supervision.domain.Verdict;
import nl.wmokader.core.supervision.port.out.InvestigationRepository;

/**
 * Contracting's {@link QualityFindings}, answered from supervision's investigations: a finding is
 * established once its investigation's final report exists (before that it may be revised), and it
 * contradicts the quality framework when the norm is not met ({@link Verdict#DOES_NOT_MEET}); a
 * norm partly met is a point to improve, not a breach of the framework.
 *
 * <p>The investigation keeps only the day its current step began, so the day of the final report
 * is known exactly while the investigation is in that step; once in the follow-up or closed, the
 * day the follow-up (or closing) began stands in for it: the findings count in that year.
 */
final class SupervisionQualityFindings implements QualityFindings {

  private final InvestigationRepository investigations;

  SupervisionQualityFindings(InvestigationRepository investigations) {
    this.investigations = requireNonNull(investigations, "investigations");
  }

  @Override
  public Seq<QualityFinding> findingsAbout(AgbCode provider, int year) {
    return investigations.find(Option.some(provider))
        .filter(i -> i.status().isAtLeast(InvestigationStatus.FINAL_REPORT) && i.statusSince().getYear() == year)
        .flatMap(SupervisionQualityFindings::established);
  }

  private static Seq<QualityFinding> established(Investigation investigation) {
    return investigation.findings()
        .map(f -> new QualityFinding(investigation.statusSince(), f.verdict() == Verdict.DOES_NOT_MEET));
  }
}
