package nl.wmokader.core;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import nl.wmokader.core.obligations.domain.QualityFinding;
import nl.wmokader.core.obligations.port.out.QualityFindings;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.supervision.domain.Investigation;
import nl.wmokader.core.supervision.domain.Verdict;
import nl.wmokader.core.supervision.port.out.InvestigationRepository;

/**
 * Contracting's {@link QualityFindings}, answered from supervision's investigations: a finding is
 * established once its investigation's final report exists (before that it may be revised), and it
 * contradicts the quality framework when the norm is not met ({@link Verdict#DOES_NOT_MEET}); a
 * norm partly met is a point to improve, not a breach of the framework.
 * The findings count in the year of the final report, however far the investigation moved on.
 */
final class SupervisionQualityFindings implements QualityFindings {

  private final InvestigationRepository investigations;

  SupervisionQualityFindings(InvestigationRepository investigations) {
    this.investigations = requireNonNull(investigations, "investigations");
  }

  @Override
  public Seq<QualityFinding> findingsAbout(AgbCode provider, int year) {
    return investigations.find(Option.some(provider))
        .filter(i -> i.finalReportOn().exists(day -> day.getYear() == year))
        .flatMap(SupervisionQualityFindings::established);
  }

  private static Seq<QualityFinding> established(Investigation investigation) {
    return investigation.findings()
        .map(f -> new QualityFinding(investigation.finalReportOn().get(), f.verdict() == Verdict.DOES_NOT_MEET));
  }
}
