package nl.wmokader.core.inmemory;

import io.vavr.Tuple3;
import io.vavr.Tuple;
import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import nl.wmokader.core.obligations.domain.SpendingKind;
import nl.wmokader.core.obligations.domain.SpendingReport;
import nl.wmokader.core.obligations.port.out.SpendingReportRepository;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DomainError;

/** Spending reports in memory. */
public final class InMemorySpendingReportRepository implements SpendingReportRepository {

  private Map<Tuple3<AgbCode, Integer, SpendingKind>, SpendingReport> byKey = HashMap.empty();

  @Override
  public synchronized Option<SpendingReport> find(AgbCode provider, int year, SpendingKind kind) {
    return byKey.get(Tuple.of(provider, year, kind));
  }

  @Override
  public synchronized Seq<SpendingReport> findByProviderAndYear(AgbCode provider, int year) {
    return byKey.values().filter(r -> r.provider().equals(provider) && r.year() == year).toList().sortBy(SpendingReport::kind);
  }

  @Override
  public synchronized Either<DomainError, SpendingReport> save(SpendingReport report) {
    var key = Tuple.of(report.provider(), report.year(), report.kind());
    long current = byKey.get(key).map(SpendingReport::version).getOrElse(0L);
    if (report.version() != current) {
      return Either.left(new CommonError.StaleVersion("SpendingReport",
          report.provider() + "/" + report.year() + "/" + report.kind(), report.version()));
    }
    SpendingReport stored = report.withVersion(current + 1);
    byKey = byKey.put(key, stored);
    return Either.right(stored);
  }

  /** Everything stored, for tests. */
  public synchronized Seq<SpendingReport> all() {
    return byKey.values().toList();
  }
}
