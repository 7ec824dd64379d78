package nl.wmokader.core.obligations.domain;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;

/**
 * The configurable numbers of the obligations; {@link #reference()} holds the region's. Shares are
 * exact basis points (1/100 of a percent: 200 is 2%), never floating point.
 *
 * @param transformationBasisPoints the share of the year's turnover to spend on transforming care (reference 200: 2%)
 * @param socialReturnBasisPoints the share of turnover to spend on social return (reference 500: 5%)
 * @param maxRefusalShareBasisPoints the largest share of refusals that still meets the acceptance duty
 *     (reference 0: every client with an indication is accepted, so any refusal is a departure)
 * @param spendingReportDeadline the last day, in the following year, to report a year's spending (reference 1 April)
 * @param qualityDeclarationDeadline the last day, in the following year, to declare a year's quality-framework
 *     compliance (reference 1 April)
 * @param measureReportDays calendar days after a supervision measure is imposed to report it (reference 7)
 * @param incidentReportWorkingDays working days after a calamity or violence incident to report it (reference 2)
 * @param dormancyMonths months without a client after which an active contract is dormant (reference 12)
 */
public record ObligationTerms(
    int transformationBasisPoints,
    int socialReturnBasisPoints,
    int maxRefusalShareBasisPoints,
    MonthDay spendingReportDeadline,
    MonthDay qualityDeclarationDeadline,
    int measureReportDays,
    int incidentReportWorkingDays,
    int dormancyMonths) {

  /** 100% in basis points. */
  public static final int WHOLE = 10_000;

  /** The first year an obligation can be about: the Wmo 2015 came into force on 1 January 2015. */
  public static final int FIRST_YEAR = 2015;

  /** The last year accepted as input. */
  public static final int LAST_YEAR = 9999;

  public ObligationTerms {
    requireShare(transformationBasisPoints, "transformationBasisPoints");
    requireShare(socialReturnBasisPoints, "socialReturnBasisPoints");
    requireShare(maxRefusalShareBasisPoints, "maxRefusalShareBasisPoints");
    requireNonNull(spendingReportDeadline, "spendingReportDeadline");
    requireNonNull(qualityDeclarationDeadline, "qualityDeclarationDeadline");
    requirePositive(measureReportDays, "measureReportDays");
    requirePositive(incidentReportWorkingDays, "incidentReportWorkingDays");
    requirePositive(dormancyMonths, "dormancyMonths");
  }

  public static ObligationTerms reference() {
    MonthDay firstOfApril = MonthDay.of(Month.APRIL, 1);
    return new ObligationTerms(200, 500, 0, firstOfApril, firstOfApril, 7, 2, 12);
  }

  /** The share of turnover {@code kind} requires, in basis points. */
  public int basisPoints(SpendingKind kind) {
    return kind == SpendingKind.TRANSFORMATION ? transformationBasisPoints : socialReturnBasisPoints;
  }

  /** The last day to report {@code year}'s spending (in the following year; 29 February becomes the 28th). */
  public LocalDate spendingDeadline(int year) {
    return spendingReportDeadline.atYear(year + 1);
  }

  /** The last day to declare {@code year}'s quality-framework compliance. */
  public LocalDate qualityDeadline(int year) {
    return qualityDeclarationDeadline.atYear(year + 1);
  }

  public ObligationTerms withShares(int transformation, int socialReturn) {
    return new ObligationTerms(transformation, socialReturn, maxRefusalShareBasisPoints, spendingReportDeadline,
        qualityDeclarationDeadline, measureReportDays, incidentReportWorkingDays, dormancyMonths);
  }

  public ObligationTerms withMaxRefusalShare(int basisPoints) {
    return new ObligationTerms(transformationBasisPoints, socialReturnBasisPoints, basisPoints, spendingReportDeadline,
        qualityDeclarationDeadline, measureReportDays, incidentReportWorkingDays, dormancyMonths);
  }

  public ObligationTerms withDeadlines(MonthDay spending, MonthDay quality) {
    return new ObligationTerms(transformationBasisPoints, socialReturnBasisPoints, maxRefusalShareBasisPoints, spending,
        quality, measureReportDays, incidentReportWorkingDays, dormancyMonths);
  }

  public ObligationTerms withReportingTerms(int measureDays, int incidentWorkingDays) {
    return new ObligationTerms(transformationBasisPoints, socialReturnBasisPoints, maxRefusalShareBasisPoints,
        spendingReportDeadline, qualityDeclarationDeadline, measureDays, incidentWorkingDays, dormancyMonths);
  }

  public ObligationTerms withDormancyMonths(int months) {
    return new ObligationTerms(transformationBasisPoints, socialReturnBasisPoints, maxRefusalShareBasisPoints,
        spendingReportDeadline, qualityDeclarationDeadline, measureReportDays, incidentReportWorkingDays, months);
  }

  /** Whether {@code year} is one the obligations can be about at all. */
  public static boolean inRange(int year) {
    return year >= FIRST_YEAR && year <= LAST_YEAR;
  }

  private static void requireShare(int basisPoints, String name) {
    if (basisPoints < 0 || basisPoints > WHOLE) {
      throw new IllegalArgumentException(name + " must be 0.." + WHOLE + " basis points");
    }
  }

  private static void requirePositive(int n, String name) {
    if (n < 1) {
      throw new IllegalArgumentException(name + " must be at least 1");
    }
  }
}
