package nl.wmokader.adapters.rest.settlement;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import nl.wmokader.core.settlement.domain.AnsweredLine;
import nl.wmokader.core.settlement.domain.Claim;
import nl.wmokader.core.settlement.domain.ClaimLine;
import nl.wmokader.core.settlement.domain.RejectionCode;

/**
 * An answered claim written token by token, straight from the domain: byte for byte what the mapper
 * writes for {@link ClaimDto#from} (the same members in the same order, absent ones left out), without
 * building 20,000 line DTOs and serialising them by reflection first. {@code ClaimJsonWriterTest} holds
 * the two together; a member added to {@link ClaimDto} must be added here.
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
    writeStringField(out, ID, c.id().toString());
    writeStringField(out, PROVIDER, c.provider().value());
    writeStringField(out, MUNICIPALITY, c.municipality().value());
    writeStringField(out, MONTH, c.month().toString());
    string(out, NUMBER, c.number());
    date(out, SUBMITTED_ON, c.submittedOn());
    writeNumberField(out, SUBMITTED_TOTAL_CENTS, c.submittedTotal().cents());
    writeNumberField(out, APPROVED_TOTAL_CENTS, c.approvedTotal().cents());
    writeNumberField(out, LINE_COUNT, c.lines().size());
    writeNumberField(out, APPROVED_LINE_COUNT, c.lines().count(AnsweredLine::isApproved));
    out.writeFieldName(LINES);
    out.writeStartArray();
    for (AnsweredLine answered : c.lines()) {
      line(answered, out);
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  /** As {@link ClaimDto.LineDto#from}. */
  private static void line(AnsweredLine answered, JsonGenerator out) throws IOException {
    ClaimLine l = answered.line();
    out.writeStartObject();
    string(out, REFERENCE, l.reference());
    string(out, PREVIOUS_REFERENCE, l.previousReference().getOrNull());
    writeStringField(out, ASSIGNMENT, l.assignment().toString());
    writeStringField(out, CATEGORY, l.category().code());
    if (l.product().isDefined()) {
      writeStringField(out, PRODUCT, l.product().get().value());
    }
    date(out, PERIOD_START, l.periodStart());
    date(out, PERIOD_END, l.periodEnd());
    writeNumberField(out, VOLUME, l.volume());
    writeStringField(out, UNIT, l.unit().code());
    writeNumberField(out, TARIFF_CENTS, l.tariff().cents());
    writeStringField(out, DIRECTION, l.direction().name());
    writeNumberField(out, AMOUNT_CENTS, l.amount().cents());
    writeBooleanField(out, APPROVED, answered.isApproved());
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
      writeStringField(out, CHARGED_TO, answered.chargedTo().get().value());
    }
    out.writeEndObject();
  }

  private static void writeStringField(JsonGenerator out, SerializedString name, String value) throws IOException {
    out.writeFieldName(name);
    out.writeString(value);
  }

  private static void writeNumberField(JsonGenerator out, SerializedString name, long value) throws IOException {
    out.writeFieldName(name);
    out.writeNumber(value);
  }

  private static void writeBooleanField(JsonGenerator out, SerializedString name, boolean value) throws IOException {
    out.writeFieldName(name);
    out.writeBoolean(value);
  }

  /** A string member, left out when null (the mapper's NON_NULL). */
  private static void string(JsonGenerator out, SerializedString name, String value) throws IOException {
    if (value != null) {
      writeStringField(out, name, value);
    }
  }

  /** A date as the mapper writes it: ISO-8601 text ({@code yyyy-mm-dd}); left out when null. */
  private static void date(JsonGenerator out, SerializedString name, LocalDate value) throws IOException {
    if (value == null) {
      return;
    }
    out.writeFieldName(name);
    int year = value.getYear();
    if (year < 0 || year > 9999) {
      out.writeString(DateTimeFormatter.ISO_LOCAL_DATE.format(value));
      return;
    }
    char[] text = {digit(year / 1000), digit(year / 100), digit(year / 10), digit(year), '-',
        digit(value.getMonthValue() / 10), digit(value.getMonthValue()), '-', digit(value.getDayOfMonth() / 10),
        digit(value.getDayOfMonth())};
    out.writeString(text, 0, text.length);
  }

  private static char digit(int n) {
    return (char) ('0' + n % 10);
  }
}
