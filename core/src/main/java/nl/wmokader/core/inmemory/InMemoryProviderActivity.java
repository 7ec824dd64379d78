package nl.wmokader.core.inmemory;

import io.vavr.Tuple2;
import io.vavr.Tuple;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.obligations.port.out.ProviderActivity;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DateRange;

/**
 * Providers' activity as a test or an example sets it: assignment counts per year, and the periods
 * in which a provider had a client. The composition answers this from the assignments in production.
 */
public final class InMemoryProviderActivity implements ProviderActivity {

  private Map<Tuple2<AgbCode, Integer>, Long> received = HashMap.empty();
  private Map<AgbCode, List<DateRange>> withClients = HashMap.empty();

  @Override
  public synchronized long assignmentsReceived(AgbCode provider, int year) {
    return received.get(Tuple.of(provider, year)).getOrElse(0L);
  }

  @Override
  public synchronized Option<LocalDate> lastClientDay(AgbCode provider, LocalDate asOf) {
    return withClients.get(provider).getOrElse(List.empty())
        .filter(p -> !p.start().isAfter(asOf))
        .map(p -> p.end().filter(end -> end.isBefore(asOf)).getOrElse(asOf))
        .max();
  }

  /** Sets the number of assignments {@code provider} received in {@code year}. */
  public synchronized void setAssignmentsReceived(AgbCode provider, int year, long count) {
    received = received.put(Tuple.of(provider, year), count);
  }

  /** Records that {@code provider} had a client during {@code period} (open-ended: still has). */
  public synchronized void hadClient(AgbCode provider, DateRange period) {
    withClients = withClients.put(provider, withClients.get(provider).getOrElse(List.empty()).append(period));
  }
}
