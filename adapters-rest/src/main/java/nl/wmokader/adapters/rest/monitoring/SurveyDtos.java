package nl.wmokader.adapters.rest.monitoring;

import java.util.List;
import nl.wmokader.adapters.rest.Csv;
import nl.wmokader.core.monitoring.domain.Breakdown;
import nl.wmokader.core.monitoring.domain.Cell;
import nl.wmokader.core.monitoring.domain.GroupResults;
import nl.wmokader.core.monitoring.domain.Invitation;
import nl.wmokader.core.monitoring.domain.Question;
import nl.wmokader.core.monitoring.domain.Questionnaire;
import nl.wmokader.core.monitoring.domain.Response;
import nl.wmokader.core.monitoring.domain.SurveyComments;
import nl.wmokader.core.monitoring.domain.SurveyResults;

/** The survey's answers as the API writes them, in JSON and, for the tables, in CSV. */
final class SurveyDtos {
  private SurveyDtos() {}

  record QuestionDto(String code, String kind, String text, String label, Integer maxLength) {}

  record QuestionnaireDto(String name, List<QuestionDto> questions) {
    static QuestionnaireDto from(Questionnaire q) {
      return new QuestionnaireDto(q.name(), q.questions().map(SurveyDtos::question).toJavaList());
    }
  }

  private static QuestionDto question(Question q) {
    return q instanceof Question.OpenQuestion open
        ? new QuestionDto(open.code(), "open", open.text(), open.label(), open.maxLength())
        : new QuestionDto(q.code(), "statement", q.text(), q.label(), null);
  }

  /** An invitation: its token ({@code id}) and what its response will be counted under; no client. */
  record InvitationDto(String id, String follows, String source, String occasion, String member, String category,
                       String careForm, String ageBand, String invitedOn, boolean answered) {
    static InvitationDto from(Invitation i) {
      return new InvitationDto(i.id().value().toString(),
          i.source().kind() == nl.wmokader.core.monitoring.domain.InvitationSource.Kind.DECISION ? "decision"
              : "ended-support",
          i.source().id().toString(), Breakdown.OCCASION.groupOf(i.profile()), i.profile().member().value(),
          i.profile().category().map(c -> c.code()).getOrNull(),
          i.profile().form().isDefined() ? Breakdown.CARE_FORM.groupOf(i.profile()) : null,
          i.profile().ageBand().code(), i.invitedOn().toString(), i.answered());
    }
  }

  /** A stored response: its own id and month, nothing that leads back to the invitation or the client. */
  record ResponseDto(String id, String answeredIn) {
    static ResponseDto from(Response r) {
      return new ResponseDto(r.id().value().toString(), r.answeredIn().toString());
    }
  }

  /** One statement's figures in one group; only {@code suppressed} when too few answered. */
  record CellDto(String statement, boolean suppressed, Integer respondents, List<Integer> distribution,
                 Integer notApplicable, Integer agreeing, Long agreeBasisPoints) {
    static CellDto of(String statement, Cell cell) {
      if (cell instanceof Cell.Shown s) {
        return new CellDto(statement, false, s.respondents(), s.distribution().toJavaList(), s.notApplicable(),
            s.agreeing(), s.agreeBasisPoints());
      }
      return new CellDto(statement, true, null, null, null, null, null);
    }
  }

  record GroupDto(String group, Integer responses, List<CellDto> statements) {
    static GroupDto from(GroupResults g) {
      return new GroupDto(g.group(), g.responses().getOrNull(),
          g.statements().map(s -> CellDto.of(s._1, s._2)).toJavaList());
    }
  }

  record ResultsDto(String by, int minimumCell, List<GroupDto> groups) {
    static ResultsDto from(SurveyResults r) {
      return new ResultsDto(r.by().code(), r.minimumCell(), r.groups().map(GroupDto::from).toJavaList());
    }
  }

  /** The results as a table: a row per group and statement, suppressed cells with empty figures. */
  static Csv resultsTable(SurveyResults r) {
    Csv table = Csv.of("by", "group", "responses", "statement", "suppressed", "respondents", "answered_1",
        "answered_2", "answered_3", "answered_4", "answered_5", "not_applicable", "agreeing", "agree_basis_points");
    for (GroupResults g : r.groups()) {
      for (var s : g.statements()) {
        if (s._2 instanceof Cell.Shown c) {
          table.row(r.by().code(), g.group(), g.responses().getOrNull(), s._1, "false", c.respondents(),
              c.distribution().get(0), c.distribution().get(1), c.distribution().get(2), c.distribution().get(3),
              c.distribution().get(4), c.notApplicable(), c.agreeing(), c.agreeBasisPoints());
        } else {
          table.row(r.by().code(), g.group(), g.responses().getOrNull(), s._1, "true", null, null, null, null, null,
              null, null, null, null);
        }
      }
    }
    return table;
  }

  record CommentDto(String question, String text) {}

  record CommentsDto(String by, String group, boolean suppressed, List<CommentDto> texts) {
    static CommentsDto from(SurveyComments c) {
      return new CommentsDto(c.by().code(), c.group(), c.suppressed(),
          c.texts().map(t -> new CommentDto(t._1, t._2)).toJavaList());
    }
  }

  static Csv commentsTable(SurveyComments c) {
    Csv table = Csv.of("by", "group", "question", "text");
    c.texts().forEach(t -> table.row(c.by().code(), c.group(), t._1, t._2));
    return table;
  }
}
