package nl.wmokader.core.supervision.domain;

import io.vavr.control.Option;

/**
 * The steps of an investigation, in their only order (DOMAIN.md §7): none is skipped, and
 * {@link #CLOSED} is final.
 */
public enum InvestigationStatus {
  /** Opened on a signal or by the proactive selection; the work has not begun. */
  OPENED,
  /** Gathering facts; findings per norm are recorded. */
  INVESTIGATING,
  /** The draft report (conceptrapport); findings may still be revised. */
  DRAFT_REPORT,
  /** The provider may respond to the draft (hoor en wederhoor) until a set deadline. */
  PROVIDER_RESPONSE,
  /** The final report; the outcomes are decided. */
  FINAL_REPORT,
  /** Improvement points and measures are followed up. */
  FOLLOW_UP,
  /** Done: takes no further change. */
  CLOSED;

  /** The step after this one; none after {@link #CLOSED}. */
  public Option<InvestigationStatus> next() {
    return this == CLOSED ? Option.none() : Option.some(values()[ordinal() + 1]);
  }

  /** Whether this step lies at or after {@code other}. */
  public boolean isAtLeast(InvestigationStatus other) {
    return compareTo(other) >= 0;
  }
}
