package nl.wmokader.adapters.rest.settlement;

import com.fasterxml.jackson.core.JsonGenerator;
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
  private ClaimJsonWriter() {}

  public static void write(Claim c, JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeStringField("id", c.id().toString());
    out.writeStringField("provider", c.provider().value());
    out.writeStringField("municipality", c.municipality().value());
    out.writeStringField("month", c.month().toString());
    string(out, "number", c.number());
    date(out, "submittedOn", c.submittedOn());
    out.writeNumberField("submittedTotalCents", c.submittedTotal().cents());
    out.writeNumberField("approvedTotalCents", c.approvedTotal().cents());
    out.writeNumberField("lineCount", c.lines().size());
    out.writeNumberField("approvedLineCount", c.lines().count(AnsweredLine::isApproved));
    out.writeArrayFieldStart("lines");
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
    string(out, "reference", l.reference());
    string(out, "previousReference", l.previousReference().getOrNull());
    out.writeStringField("assignment", l.assignment().toString());
    out.writeStringField("category", l.category().code());
    if (l.product().isDefined()) {
      out.writeStringField("product", l.product().get().value());
    }
    date(out, "periodStart", l.periodStart());
    date(out, "periodEnd", l.periodEnd());
    out.writeNumberField("volume", l.volume());
    out.writeStringField("unit", l.unit().code());
    out.writeNumberField("tariffCents", l.tariff().cents());
    out.writeStringField("direction", l.direction().name());
    out.writeNumberField("amountCents", l.amount().cents());
    out.writeBooleanField("approved", answered.isApproved());
    out.writeArrayFieldStart("answerCodes");
    for (String code : answered.answerCodes()) {
      out.writeString(code);
    }
    out.writeEndArray();
    out.writeArrayFieldStart("rejections");
    for (RejectionCode rejection : answered.rejections()) {
      out.writeString(rejection.name());
    }
    out.writeEndArray();
    if (answered.chargedTo().isDefined()) {
      out.writeStringField("chargedTo", answered.chargedTo().get().value());
    }
    out.writeEndObject();
  }

  /** A string member, left out when null (the mapper's NON_NULL). */
  private static void string(JsonGenerator out, String name, String value) throws IOException {
    if (value != null) {
      out.writeStringField(name, value);
    }
  }

  /** A date as the mapper writes it: ISO-8601 text. */
  private static void date(JsonGenerator out, String name, LocalDate value) throws IOException {
    if (value != null) {
      out.writeStringField(name, DateTimeFormatter.ISO_LOCAL_DATE.format(value));
    }
  }
}
