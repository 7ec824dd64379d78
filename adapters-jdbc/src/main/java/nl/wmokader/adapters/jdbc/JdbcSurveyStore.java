package nl.wmokader.adapters.jdbc;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.UUID;
import javax.sql.DataSource;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.indication.domain.DeliveryForm;
import nl.wmokader.core.monitoring.domain.AgeBand;
import nl.wmokader.core.monitoring.domain.Agreement;
import nl.wmokader.core.monitoring.domain.Answers;
import nl.wmokader.core.monitoring.domain.Invitation;
import nl.wmokader.core.monitoring.domain.InvitationId;
import nl.wmokader.core.monitoring.domain.InvitationSource;
import nl.wmokader.core.monitoring.domain.Occasion;
import nl.wmokader.core.monitoring.domain.Profile;
import nl.wmokader.core.monitoring.domain.Response;
import nl.wmokader.core.monitoring.domain.ResponseId;
import nl.wmokader.core.monitoring.port.out.SurveyStore;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DomainError;

/**
 * {@link SurveyStore} on JDBC (ADR 15): a versioned row per invitation in {@code
 * wmo_survey_invitation}, unique by source; and apart from them a row per response in {@code
 * wmo_survey_response} (its own random id, the first day of the month it was answered in, the
 * profile) with a row per answered question in {@code wmo_survey_answer}. No key or column joins a
 * response to its invitation. An answer updates the invitation at its version and inserts the
 * response and its answers in one transaction, on PostgreSQL as one pipelined message; when the
 * version has moved on, all of it is rolled back. Nothing is logged.
 */
public final class JdbcSurveyStore implements SurveyStore {

  private static final String INVITATION_COLUMNS =
      "id, source_kind, source_id, member, category, form, age_band, occasion, invited_on, answered, version";
  private static final String SELECT_INVITATION = "SELECT " + INVITATION_COLUMNS + " FROM wmo_survey_invitation";
  private static final String INSERT_INVITATION = "INSERT INTO wmo_survey_invitation (" + INVITATION_COLUMNS
      + ") VALUES (" + Jdbc.placeholders(11) + ")";
  /** Everything but the id and the source, by which it is found, at the version read. */
  private static final String UPDATE_INVITATION = "UPDATE wmo_survey_invitation SET member = ?, category = ?, form = ?,"
      + " age_band = ?, occasion = ?, invited_on = ?, answered = ?, version = ? WHERE id = ? AND version = ?";
  private static final String INSERT_RESPONSE = "INSERT INTO wmo_survey_response"
      + " (id, answered_month, member, category, form, age_band, occasion) VALUES (" + Jdbc.placeholders(7) + ")";
  private static final String INSERT_ANSWERS = "INSERT INTO wmo_survey_answer (response_id, question, score, answer_text)"
      + " VALUES ";
  private static final String SELECT_RESPONSES = "SELECT r.id, r.answered_month, r.member, r.category, r.form,"
      + " r.age_band, r.occasion, a.question, a.score, a.answer_text"
      + " FROM wmo_survey_response r JOIN wmo_survey_answer a ON a.response_id = r.id";

  private final Jdbc jdbc;

  public JdbcSurveyStore(DataSource dataSource) {
    this.jdbc = new Jdbc(requireNonNull(dataSource, "dataSource"));
  }

  @Override
  public Option<Invitation> findInvitation(InvitationId id) {
    return first(jdbc.select(SELECT_INVITATION + " WHERE id = ?", JdbcSurveyStore::invitation, id.value()));
  }

  @Override
  public Option<Invitation> findInvitation(InvitationSource source) {
    return first(jdbc.select(SELECT_INVITATION + " WHERE source_kind = ? AND source_id = ?",
        JdbcSurveyStore::invitation, source.kind(), source.id()));
  }

  private static <T> Option<T> first(java.util.List<T> rows) {
    return rows.isEmpty() ? Option.none() : Option.some(rows.get(0));
  }

  @Override
  public Either<DomainError, Invitation> addInvitation(Invitation invitation) {
    DomainError stale = new CommonError.StaleVersion("Invitation", invitation.id().toString(), invitation.version());
    if (invitation.version() != 0) {
      return Either.left(stale);
    }
    Profile p = invitation.profile();
    // A unique violation is the source's (one per source) or the id's: the source's invitation,
    // committed by now, tells which.
    return jdbc.change(c -> {
      Jdbc.update(c, INSERT_INVITATION, invitation.id().value(), invitation.source().kind(), invitation.source().id(),
          p.member().value(), p.category(), p.form(), p.ageBand(), p.occasion(), invitation.invitedOn(),
          invitation.answered(), 1L);
      return Either.right(invitation.withVersion(1));
    }, () -> findInvitation(invitation.source()).isDefined()
        ? new CommonError.Duplicate("Invitation", "for " + invitation.source())
        : stale);
  }

  @Override
  public Either<DomainError, Response> answer(Invitation answered, Response response) {
    DomainError stale = new CommonError.StaleVersion("Invitation", answered.id().toString(), answered.version());
    Profile i = answered.profile();
    Profile r = response.profile();
    UUID responseId = response.id().value();
    // a row per question answered: a statement's point on the scale, or an open question's text
    java.util.List<Object> params = new ArrayList<>();
    response.answers().scores().forEach(a -> params.addAll(java.util.Arrays.asList(responseId, a._1, a._2.code(), null)));
    response.answers().texts().forEach(t -> params.addAll(java.util.Arrays.asList(responseId, t._1, null, t._2)));
    String values = String.join(", ", java.util.Collections.nCopies(params.size() / 4, "(?, ?, ?, ?)"));
    java.util.List<Jdbc.Step> steps = java.util.List.of(
        Jdbc.Step.of(UPDATE_INVITATION, i.member().value(), i.category(), i.form(), i.ageBand(), i.occasion(),
            answered.invitedOn(), answered.answered(), answered.version() + 1, answered.id().value(), answered.version()),
        Jdbc.Step.of(INSERT_RESPONSE, responseId, response.answeredIn().atDay(1), r.member().value(), r.category(),
            r.form(), r.ageBand(), r.occasion()),
        Jdbc.Step.of(INSERT_ANSWERS + values, params.toArray()));
    // The three go together (one round trip on PostgreSQL); when the invitation was not at its
    // version, the response's rows are rolled back with it.
    return jdbc.change(c -> Jdbc.run(c, steps)[0] == 1 ? Either.right(response) : Either.left(stale),
        () -> new CommonError.Duplicate("Response", responseId.toString()),
        // two answers of one invitation at once: the one that waited finds the version moved on
        () -> stale);
  }

  @Override
  public Seq<Response> responses(Option<YearMonth> from, Option<YearMonth> to) {
    java.util.List<String> terms = new ArrayList<>();
    java.util.List<Object> params = new ArrayList<>();
    from.forEach(f -> {
      terms.add("r.answered_month >= ?");
      params.add(f.atDay(1));
    });
    to.forEach(t -> {
      terms.add("r.answered_month <= ?");
      params.add(t.atDay(1));
    });
    String sql = SELECT_RESPONSES + (terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms));
    java.util.Map<UUID, Response> responses = new java.util.HashMap<>();
    for (AnswerRow row : jdbc.select(sql, JdbcSurveyStore::answerRow, params.toArray())) {
      responses.merge(row.response().id().value(), row.response(), (kept, more) -> new Response(kept.id(),
          kept.profile(), kept.answeredIn(), new Answers(kept.answers().scores().merge(more.answers().scores()),
              kept.answers().texts().merge(more.answers().texts()))));
    }
    return List.ofAll(responses.values());
  }

  /** One answer's row: its response, holding that answer alone. */
  private record AnswerRow(Response response) {}

  private static AnswerRow answerRow(ResultSet rs) throws SQLException {
    String question = rs.getString("question");
    String score = rs.getString("score");
    Map<String, Agreement> scores = score == null ? LinkedHashMap.empty()
        : LinkedHashMap.of(question, Agreement.ofCode(score).getOrElseThrow(
            () -> new IllegalStateException("a stored score off the scale")));
    Map<String, String> texts = score == null ? LinkedHashMap.of(question, rs.getString("answer_text"))
        : LinkedHashMap.empty();
    return new AnswerRow(new Response(new ResponseId(rs.getObject("id", UUID.class)), profile(rs),
        YearMonth.from(Jdbc.date(rs, "answered_month").get()), new Answers(scores, texts)));
  }

  private static Profile profile(ResultSet rs) throws SQLException {
    return new Profile(Codes.member(rs.getString("member")),
        Option.of(rs.getString("category")).map(ProductCategory::valueOf),
        Option.of(rs.getString("form")).map(DeliveryForm::valueOf),
        AgeBand.valueOf(rs.getString("age_band")), Occasion.valueOf(rs.getString("occasion")));
  }

  private static Invitation invitation(ResultSet rs) throws SQLException {
    return new Invitation(new InvitationId(rs.getObject("id", UUID.class)),
        new InvitationSource(InvitationSource.Kind.valueOf(rs.getString("source_kind")),
            rs.getObject("source_id", UUID.class)),
        profile(rs), Jdbc.date(rs, "invited_on").get(), rs.getBoolean("answered"), rs.getLong("version"));
  }
}
