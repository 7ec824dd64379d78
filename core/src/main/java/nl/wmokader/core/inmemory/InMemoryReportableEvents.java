package nl.wmokader.core.inmemory;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import nl.wmokader.core.obligations.port.out.ReportableEvents;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.supervision.domain.ReportableEvent;

/** Reportable events as a test or an example adds them; supervision answers this in production. */
public final class InMemoryReportableEvents implements ReportableEvents {

  private List<io.vavr.Tuple2<AgbCode, ReportableEvent>> events = List.empty();

  @Override
  public synchronized Seq<ReportableEvent> eventsOf(AgbCode provider, int year) {
    return events.filter(t -> t._1.equals(provider) && t._2.occurredOn().getYear() == year).map(t -> t._2);
  }

  /** Adds an event of {@code provider}. */
  public synchronized void add(AgbCode provider, ReportableEvent event) {
    events = events.append(io.vavr.Tuple.of(provider, event));
  }
}
