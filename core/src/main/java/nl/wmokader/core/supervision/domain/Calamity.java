package nl.wmokader.core.supervision.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.WorkingDayCalendar;

/**
 * A calamity or violence incident a provider reported to the GGD, which investigates it on the
 * region's behalf; the region records the GGD's conclusion and follows it up [DOMAIN §7]. The
 * provider must report without delay, at the latest within a number of working days of the
 * incident (reference 2, contracting's {@code ObligationTerms}); a later report is late, and counts
 * so in the provider's reporting obligation.
 *
 * @param summary what happened, as the provider described it: may hold personal data, never logged
 * @param conclusion the GGD's conclusion, once concluded
 * @param followUp what the region did with it, once followed up
 * @param stepOn the day of the last step (the report, the GGD's start, its conclusion, the follow-up)
 */
public record Calamity(CalamityId id, AgbCode provider, IncidentKind kind, LocalDate occurredOn, LocalDate reportedOn,
                       String summary, CalamityStatus status, Option<String> conclusion, Option<String> followUp,
                       LocalDate stepOn, long version) {

  public static final int MAX_TEXT_LENGTH = 4_000;

  public Calamity {
    requireNonNull(id, "id");
    requireNonNull(provider, "provider");
    requireNonNull(kind, "kind");
    requireNonNull(occurredOn, "occurredOn");
    requireNonNull(reportedOn, "reportedOn");
    requireNonNull(summary, "summary");
    requireNonNull(status, "status");
    requireNonNull(conclusion, "conclusion");
    requireNonNull(followUp, "followUp");
    requireNonNull(stepOn, "stepOn");
    require(!reportedOn.isBefore(occurredOn), "a calamity is reported on or after the day it occurred");
    require(!stepOn.isBefore(reportedOn), "a step lies on or after the report");
    require(isText(summary), "a summary has 1 to 4,000 characters");
    boolean concluded = status == CalamityStatus.CONCLUDED || status == CalamityStatus.FOLLOWED_UP;
    require(conclusion.isDefined() == concluded, "a concluded calamity, and only that, has the GGD's conclusion");
    require(followUp.isDefined() == (status == CalamityStatus.FOLLOWED_UP), "only a followed-up calamity has a follow-up");
    require(conclusion.forAll(Calamity::isText) && followUp.forAll(Calamity::isText),
        "a conclusion and a follow-up have 1 to 4,000 characters");
    require(version >= 0, "version >= 0");
  }

  /** Whether {@code text} may be a summary, conclusion or follow-up: 1 to 4,000 characters, not blank. */
  public static boolean isText(String text) {
    return text != null && !text.isBlank() && text.length() <= MAX_TEXT_LENGTH;
  }

  private static void require(boolean invariant, String message) {
    if (!invariant) {
      throw new IllegalArgumentException(message);
    }
  }

  /** A new report: {@code reportedOn} is the day the provider reported it to the GGD. */
  public static Calamity reported(CalamityId id, AgbCode provider, IncidentKind kind, LocalDate occurredOn,
                                  LocalDate reportedOn, String summary) {
    return new Calamity(id, provider, kind, occurredOn, reportedOn, summary, CalamityStatus.REPORTED, Option.none(),
        Option.none(), reportedOn, 0);
  }

  /** The last day the report was on time: {@code workingDays} working days after the incident. */
  public LocalDate reportDeadline(WorkingDayCalendar calendar, int workingDays) {
    return calendar.addWorkingDays(occurredOn, workingDays);
  }

  /** Whether the provider reported after the deadline. */
  public boolean reportedLate(WorkingDayCalendar calendar, int workingDays) {
    return reportedOn.isAfter(reportDeadline(calendar, workingDays));
  }

  /** The calamity as contracting's reporting obligation counts it. */
  public ReportableEvent asReportableEvent() {
    return ReportableEvent.reported(kind.reportable(), occurredOn, reportedOn);
  }

  /** The GGD started its investigation on {@code on}. */
  public Either<CalamityError, Calamity> ggdStarts(LocalDate on) {
    return step(CalamityStatus.REPORTED, "start the GGD's investigation", on)
        .map(c -> new Calamity(id, provider, kind, occurredOn, reportedOn, summary, CalamityStatus.GGD_INVESTIGATING,
            conclusion, followUp, on, version));
  }

  /** The GGD concluded on {@code on}: the region records what it concluded. */
  public Either<CalamityError, Calamity> ggdConcludes(String text, LocalDate on) {
    return step(CalamityStatus.GGD_INVESTIGATING, "record a conclusion", on)
        .map(c -> new Calamity(id, provider, kind, occurredOn, reportedOn, summary, CalamityStatus.CONCLUDED,
            Option.some(text), followUp, on, version));
  }

  /** The region followed the GGD's conclusion on {@code on}, as {@code text} says. */
  public Either<CalamityError, Calamity> followUp(String text, LocalDate on) {
    return step(CalamityStatus.CONCLUDED, "follow up", on)
        .map(c -> new Calamity(id, provider, kind, occurredOn, reportedOn, summary, CalamityStatus.FOLLOWED_UP,
            conclusion, Option.some(text), on, version));
  }

  public Calamity withVersion(long newVersion) {
    return new Calamity(id, provider, kind, occurredOn, reportedOn, summary, status, conclusion, followUp, stepOn,
        newVersion);
  }

  private Either<CalamityError, Calamity> step(CalamityStatus from, String step, LocalDate on) {
    if (status != from) {
      return Either.left(new CalamityError.NotInStep(id, status, step));
    }
    if (on.isBefore(stepOn)) {
      return Either.left(new CalamityError.BeforePreviousStep(id, stepOn));
    }
    return Either.right(this);
  }
}
