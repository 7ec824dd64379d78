package nl.wmokader.core.monitoring.domain;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;

/**
 * A client's answers as they are kept: apart from the client's identity. It holds the profile the
 * results break down by, the month it was answered in (for periods; no day, no time, so that it
 * cannot be matched to the moment an invitation was marked answered) and the answers; never a BSN,
 * and never the invitation it answered.
 */
public record Response(ResponseId id, Profile profile, YearMonth answeredIn, Answers answers) {
  public Response {
    requireNonNull(id, "id");
    requireNonNull(profile, "profile");
    requireNonNull(answeredIn, "answeredIn");
    requireNonNull(answers, "answers");
  }
}
