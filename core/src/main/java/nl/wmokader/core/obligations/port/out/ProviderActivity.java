package nl.wmokader.core.obligations.port.out;

import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.shared.AgbCode;

/**
 * What a provider did with clients in the region, as the acceptance duty and the dormant-contract
 * listing need it. The composition answers it with indication's {@code GetProviderActivityUseCase};
 * an embedder may answer it itself. No personal data crosses it: counts and dates only.
 */
public interface ProviderActivity {

  /** The number of assignments (iWmo 301) {@code provider} received with an assignment date in {@code year}. */
  long assignmentsReceived(AgbCode provider, int year);

  /**
   * The latest day on or before {@code asOf} on which {@code provider} had a client in the region (an
   * assignment in force): {@code asOf} itself while it has one; none when it never had one.
   */
  Option<LocalDate> lastClientDay(AgbCode provider, LocalDate asOf);
}
