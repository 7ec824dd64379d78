package nl.wmokader.adapters.rest.settlement;

import static nl.wmokader.adapters.rest.JsonFields.bool;
import static nl.wmokader.adapters.rest.JsonFields.date;
import static nl.wmokader.adapters.rest.JsonFields.number;
import static nl.wmokader.adapters.rest.JsonFields.string;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import nl.wmokader.core.settlement.domain.AnsweredLine;
import nl.wmokader.core.settlement.domain.Claim;
import nl.wmokader.core.settlement.domain.ClaimLine;
import nl.wmokader.core.settlement.domain.ClaimSummary;
import nl.wmokader.core.settlement.domain.RejectionCode;

/**
 * An answered claim (and a claim's summary, for the list) written token by token, straight from the domain: byte for byte what the mapper
 * writes for {@link ClaimDto#from} (the same members in the same order, absent ones left out), without
 * building 20,000 line DTOs and serialising them by reflection first. {@code ClaimJsonWriterTest} holds
 * the two together; a member added to {@link ClaimDto} or {@link ClaimSummaryDto} must be added here.
 */
public final class ClaimJsonWriter {
  // Member names encoded once, as the mapper does for a DTO's properties.
  private static final SerializedString ID = new SerializedString("id");
  private static final SerializedString PROVIDER = new SerializedString("provider");
  private static final SerializedString MUNICIPALITY = new SerializedString("municipality");
  private static final SerializedString MONTH = new SerializedString("month");
  private static final SerializedString NUMBER = new SerializedString("number");
  private static final SerializedString SUBMITTED_ON = new SerializedString("submittedOn");
  private static final SerializedString SUBMITTED_TOTAL_CENTS = new SerializedString("submittedTotalCents");
  private static final SerializedString APPROVED_TOTAL_CENTS = new SerializedString("approvedTotalCents");
  private static final SerializedString LINE_COUNT = new SerializedString("lineCount");
  private static final SerializedString APPROVED_LINE_COUNT = new SerializedString("approvedLineCount");
  private static final SerializedString LINES = new SerializedString("lines");
  private static final SerializedString REFERENCE = new SerializedString("reference");
  private static final SerializedString PREVIOUS_REFERENCE = new SerializedString("previousReference");
  private static final SerializedString ASSIGNMENT = new SerializedString("assignment");
  private static final SerializedString CATEGORY = new SerializedString("category");
  private static final SerializedString PRODUCT = new SerializedString("product");
  private static final SerializedString PERIOD_START = new SerializedString("periodStart");
  private static final SerializedString PERIOD_END = new SerializedString("periodEnd");
  private static final SerializedString VOLUME = new SerializedString("volume");
  private static final SerializedString UNIT = new SerializedString("unit");
  private static final SerializedString TARIFF_CENTS = new SerializedString("tariffCents");
  private static final SerializedString DIRECTION = new SerializedString("direction");
  private static final SerializedString AMOUNT_CENTS = new SerializedString("amountCents");
  private static final SerializedString APPROVED = new SerializedString("approved");
  private static final SerializedString ANSWER_CODES = new SerializedString("answerCodes");
  private static final SerializedString REJECTIONS = new SerializedString("rejections");
  private static final SerializedString CHARGED_TO = new SerializedString("chargedTo");

  private ClaimJsonWriter() {}

  public static void write(Claim c, JsonGenerator out) throws IOException {
    out.writeStartObject();
    string(out, ID, c.id().toString());
    string(out, PROVIDER, c.provider().value());
    string(out, MUNICIPALITY, c.municipality().value());
    string(out, MONTH, c.month().toString());
    string(out, NUMBER, c.number());
    date(out, SUBMITTED_ON, c.submittedOn());
    number(out, SUBMITTED_TOTAL_CENTS, c.submittedTotal().cents());
    number(out, APPROVED_TOTAL_CENTS, c.approvedTotal().cents());
    number(out, LINE_COUNT, c.lines().size());
    number(out, APPROVED_LINE_COUNT, c.lines().count(AnsweredLine::isApproved));
    out.writeFieldName(LINES);
    out.writeStartArray();
    for (AnsweredLine answered : c.lines()) {
      line(answered, out);
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  /** A claim without its lines, as {@link ClaimSummaryDto#from}: an item of the claim list. */
  public static void summary(ClaimSummary s, JsonGenerator out) throws IOException {
    out.writeStartObject();
    string(out, ID, s.id().toString());
    string(out, PROVIDER, s.provider().value());
    string(out, MUNICIPALITY, s.municipality().value());
    string(out, MONTH, s.month().toString());
    string(out, NUMBER, s.number());
    date(out, SUBMITTED_ON, s.submittedOn());
    number(out, LINE_COUNT, s.lineCount());
    number(out, APPROVED_LINE_COUNT, s.approvedLineCount());
    number(out, SUBMITTED_TOTAL_CENTS, s.submittedTotal().cents());
    number(out, APPROVED_TOTAL_CENTS, s.approvedTotal().cents());
    out.writeEndObject();
  }

  /** As {@link ClaimDto.LineDto#from}. */
  private static void line(AnsweredLine answered, JsonGenerator out) throws IOException {
    ClaimLine l = answered.line();
    out.writeStartObject();
    string(out, REFERENCE, l.reference());
    string(out, PREVIOUS_REFERENCE, l.previousReference().getOrNull());
    string(out, ASSIGNMENT, l.assignment().toString());
    string(out, CATEGORY, l.category().code());
    if (l.product().isDefined()) {
      string(out, PRODUCT, l.product().get().value());
    }
    date(out, PERIOD_START, l.periodStart());
    date(out, PERIOD_END, l.periodEnd());
    number(out, VOLUME, l.volume());
    string(out, UNIT, l.unit().code());
    number(out, TARIFF_CENTS, l.tariff().cents());
    string(out, DIRECTION, l.direction().name());
    number(out, AMOUNT_CENTS, l.amount().cents());
    bool(out, APPROVED, answered.isApproved());
    out.writeFieldName(ANSWER_CODES);
    out.writeStartArray();
    for (String code : answered.answerCodes()) {
      out.writeString(code);
    }
    out.writeEndArray();
    out.writeFieldName(REJECTIONS);
    out.writeStartArray();
    for (RejectionCode rejection : answered.rejections()) {
      out.writeString(rejection.name());
    }
    out.writeEndArray();
    if (answered.chargedTo().isDefined()) {
      string(out, CHARGED_TO, answered.chargedTo().get().value());
    }
    out.writeEndObject();
  }
}
