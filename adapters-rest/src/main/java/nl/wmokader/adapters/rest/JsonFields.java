package nl.wmokader.adapters.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Members written as the API's mapper writes a DTO's properties, for the routes' hand-written
 * writers ({@link ApiCall.JsonWriter}): a null string or date is left out (the mapper's NON_NULL),
 * a date is ISO-8601 text. Names are {@link SerializableString}s encoded once per writer.
 */
public final class JsonFields {
  private JsonFields() {}

  /** A string member, left out when {@code value} is null. */
  public static void string(JsonGenerator out, SerializableString name, String value) throws IOException {
    if (value != null) {
      out.writeFieldName(name);
      out.writeString(value);
    }
  }

  public static void number(JsonGenerator out, SerializableString name, long value) throws IOException {
    out.writeFieldName(name);
    out.writeNumber(value);
  }

  public static void bool(JsonGenerator out, SerializableString name, boolean value) throws IOException {
    out.writeFieldName(name);
    out.writeBoolean(value);
  }

  /** A date as the mapper writes it ({@code yyyy-mm-dd}, years beyond four digits signed); left out when null. */
  public static void date(JsonGenerator out, SerializableString name, LocalDate value) throws IOException {
    if (value == null) {
      return;
    }
    out.writeFieldName(name);
    int year = value.getYear();
    if (year < 0 || year > 9999) {
      out.writeString(DateTimeFormatter.ISO_LOCAL_DATE.format(value));
      return;
    }
    int month = value.getMonthValue();
    int day = value.getDayOfMonth();
    char[] text = {digit(year / 1000), digit(year / 100), digit(year / 10), digit(year), '-',
        digit(month / 10), digit(month), '-', digit(day / 10), digit(day)};
    out.writeString(text, 0, text.length);
  }

  private static char digit(int n) {
    return (char) ('0' + n % 10);
  }
}
