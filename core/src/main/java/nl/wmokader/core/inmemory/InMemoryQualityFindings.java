package nl.wmokader.core.inmemory;

import io.vavr.Tuple2;
import io.vavr.Tuple;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import nl.wmokader.core.obligations.port.out.QualityFindings;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.supervision.domain.QualityFinding;

/** Supervision's quality findings as a test or an example adds them; supervision answers this in production. */
public final class InMemoryQualityFindings implements QualityFindings {

  private Map<Tuple2<AgbCode, Integer>, List<QualityFinding>> findings = HashMap.empty();

  @Override
  public synchronized Seq<QualityFinding> findingsAbout(AgbCode provider, int year) {
    return findings.get(Tuple.of(provider, year)).getOrElse(List.empty());
  }

  /** Adds a finding about {@code provider}'s quality in {@code year}. */
  public synchronized void add(AgbCode provider, int year, QualityFinding finding) {
    var key = Tuple.of(provider, year);
    findings = findings.put(key, findings.get(key).getOrElse(List.empty()).append(finding));
  }
}
