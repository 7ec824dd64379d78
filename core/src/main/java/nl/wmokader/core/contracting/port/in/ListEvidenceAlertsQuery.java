package nl.wmokader.core.contracting.port.in;

import nl.wmokader.core.shared.AgbCode;

/**
 * The evidence of {@code provider}'s contracts (all but terminated ones) that is missing or expired
 * today, or lapses within {@code withinDays} (0..366) days.
 */
public record ListEvidenceAlertsQuery(AgbCode provider, int withinDays) {
  public static final int MAX_WITHIN_DAYS = 366;
}
