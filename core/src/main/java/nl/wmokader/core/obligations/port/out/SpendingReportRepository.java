package nl.wmokader.core.obligations.port.out;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import nl.wmokader.core.obligations.domain.SpendingKind;
import nl.wmokader.core.obligations.domain.SpendingReport;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainError;

/** Stores spending reports, one per provider, year and kind. */
public interface SpendingReportRepository {

  Option<SpendingReport> find(AgbCode provider, int year, SpendingKind kind);

  /** The reports of {@code provider} for {@code year}, in {@link SpendingKind} order. */
  Seq<SpendingReport> findByProviderAndYear(AgbCode provider, int year);

  /**
   * Stores {@code report} when the stored version of its provider, year and kind equals its version
   * (0: none stored yet) and returns the stored copy with the version raised by one; else
   * {@code Left(StaleVersion)}.
   */
  Either<DomainError, SpendingReport> save(SpendingReport report);
}
