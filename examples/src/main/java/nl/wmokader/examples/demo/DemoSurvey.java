package nl.wmokader.examples.demo;

import static nl.wmokader.examples.demo.DemoSeeder.ok;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.wmokader.core.WmoKader;
import nl.wmokader.core.indication.domain.IndicationId;
import nl.wmokader.core.monitoring.domain.AgeBand;
import nl.wmokader.core.monitoring.domain.Invitation;
import nl.wmokader.core.monitoring.domain.Question;
import nl.wmokader.core.monitoring.port.in.AnswerSurveyCommand;
import nl.wmokader.core.monitoring.port.in.InviteClientCommand;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.Bsn;

/**
 * The demo's client experience survey: every decided case is invited on the day of its decision,
 * and about two in three clients answer ten days later (not after the demo day), through the
 * region's channel. Age bands and answers follow from the client's number, so every seeding gives
 * the same survey; a refused applicant tends to agree less. The answers are invented.
 */
final class DemoSurvey {
  private static final AgeBand[] BANDS = {AgeBand.FROM_18_TO_34, AgeBand.FROM_35_TO_49, AgeBand.FROM_50_TO_64,
      AgeBand.FROM_65_TO_74, AgeBand.FROM_75_TO_84, AgeBand.FROM_85, AgeBand.FROM_65_TO_74, AgeBand.FROM_75_TO_84,
      AgeBand.UNKNOWN};
  private static final String[] REMARKS = {"Fijn dat er snel iemand langskwam.",
      "Het duurde lang voordat ik iets hoorde.", "De begeleider denkt goed met me mee.",
      "Ik had graag meer uitleg gehad over de beslissing."};

  private final WmoKader wmo;
  private final StepClock clock;
  private final LocalDate demoDay;
  private int invited;
  private int answered;

  DemoSurvey(WmoKader wmo, StepClock clock, LocalDate demoDay) {
    this.wmo = wmo;
    this.clock = clock;
    this.demoDay = demoDay;
  }

  /** Invites {@code client} of the case decided today by {@code staff}, and has most answer. */
  void afterDecision(Actor staff, IndicationId decided, Bsn client, boolean granted) {
    long n = Long.parseLong(client.value());
    Invitation invitation = ok("invite to the survey", wmo.monitoring().inviteClient().inviteClient(staff,
        InviteClientCommand.afterDecision(decided, BANDS[(int) (n % BANDS.length)])));
    invited++;
    LocalDate answeredOn = clock.today().plusDays(10);
    if (n % 3 == 0 || answeredOn.isAfter(demoDay)) {
      return;
    }
    LocalDate decidedOn = clock.today();
    clock.set(answeredOn);
    Map<String, String> answers = new LinkedHashMap<>();
    int salt = 0;
    for (Question.Statement s : wmo.monitoring().questionnaire().statements()) {
      long draw = Math.floorMod(n * 31 + (salt += 7) * 17 + s.code().length(), 20);
      int score = draw < 1 ? 1 : draw < 3 ? 2 : draw < 6 ? 3 : draw < 14 ? 4 : 5;
      answers.put(s.code(), draw == 19 ? "nvt" : String.valueOf(granted ? score : Math.max(1, score - 1)));
    }
    if (n % 4 == 1) {
      wmo.monitoring().questionnaire().openQuestions().headOption()
          .forEach(q -> answers.put(q.code(), REMARKS[(int) (n / 4 % REMARKS.length)]));
    }
    ok("answer the survey", wmo.monitoring().answerSurvey().answerSurvey(Actor.region(),
        AnswerSurveyCommand.read(invitation.id().value().toString(), answers).get()));
    answered++;
    clock.set(decidedOn);
  }

  DemoSummary.Survey summary() {
    return new DemoSummary.Survey(invited, answered);
  }
}
