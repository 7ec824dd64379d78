package nl.wmokader.adapters.jdbc;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

/**
 * Rows in PostgreSQL's COPY text format, as UTF-8 (the encoding pgjdbc always talks): columns
 * separated by a tab, rows ended by a newline, {@code \N} for NULL, and in text a backslash, tab,
 * newline and carriage return escaped with a backslash, so that any text reads back as it was
 * written ({@code \.} and {@code \N} included). Not thread-safe; reusable after {@link #clear()}.
 */
final class CopyText {

  private byte[] buffer;
  private int length;
  private boolean rowStarted;

  CopyText(int capacity) {
    this.buffer = new byte[Math.max(capacity, 64)];
  }

  /** The bytes written so far: {@code bytes()[0 .. length())}. */
  byte[] bytes() {
    return buffer;
  }

  int length() {
    return length;
  }

  void clear() {
    length = 0;
    rowStarted = false;
  }

  /** A text value, escaped; {@code null} as NULL. */
  CopyText text(String value) {
    separate();
    if (value == null) {
      return nul();
    }
    for (int i = 0; i < value.length(); i++) {
      char ch = value.charAt(i);
      switch (ch) {
        case '\\' -> ascii2('\\', '\\');
        case '\t' -> ascii2('\\', 't');
        case '\n' -> ascii2('\\', 'n');
        case '\r' -> ascii2('\\', 'r');
        default -> {
          if (ch < 0x80) {
            ascii(ch);
          } else {
            int end = i + 1;
            while (end < value.length() && value.charAt(end) >= 0x80) {
              end++;
            }
            bytes(value.substring(i, end).getBytes(StandardCharsets.UTF_8));
            i = end - 1;
          }
        }
      }
    }
    return this;
  }

  /** A whole number. */
  CopyText number(long value) {
    separate();
    if (value == Long.MIN_VALUE) {
      bytes(Long.toString(value).getBytes(StandardCharsets.US_ASCII));
      return this;
    }
    if (value < 0) {
      ascii('-');
      value = -value;
    }
    ensure(20);
    int start = length;
    do {
      buffer[length++] = (byte) ('0' + value % 10);
      value /= 10;
    } while (value > 0);
    reverse(start, length - 1);
    return this;
  }

  CopyText bool(boolean value) {
    separate();
    ascii(value ? 't' : 'f');
    return this;
  }

  /** A date as ISO 8601 ({@code yyyy-mm-dd}), which PostgreSQL reads whatever its DateStyle. */
  CopyText date(LocalDate value) {
    separate();
    if (value == null) {
      return nul();
    }
    int year = value.getYear();
    if (year < 1000 || year > 9999) {
      bytes(value.toString().getBytes(StandardCharsets.US_ASCII));
      return this;
    }
    ensure(10);
    digits(year, 4);
    buffer[length++] = '-';
    digits(value.getMonthValue(), 2);
    buffer[length++] = '-';
    digits(value.getDayOfMonth(), 2);
    return this;
  }

  CopyText uuid(UUID value) {
    separate();
    if (value == null) {
      return nul();
    }
    bytes(value.toString().getBytes(StandardCharsets.US_ASCII));
    return this;
  }

  /** Ends the current row. */
  CopyText endRow() {
    ascii('\n');
    rowStarted = false;
    return this;
  }

  private CopyText nul() {
    ascii2('\\', 'N');
    return this;
  }

  private void separate() {
    if (rowStarted) {
      ascii('\t');
    }
    rowStarted = true;
  }

  private void digits(int value, int width) {
    for (int i = width - 1; i >= 0; i--) {
      buffer[length + i] = (byte) ('0' + value % 10);
      value /= 10;
    }
    length += width;
  }

  private void reverse(int from, int to) {
    while (from < to) {
      byte t = buffer[from];
      buffer[from++] = buffer[to];
      buffer[to--] = t;
    }
  }

  private void ascii(char ch) {
    ensure(1);
    buffer[length++] = (byte) ch;
  }

  private void ascii2(char a, char b) {
    ensure(2);
    buffer[length++] = (byte) a;
    buffer[length++] = (byte) b;
  }

  private void bytes(byte[] bytes) {
    ensure(bytes.length);
    System.arraycopy(bytes, 0, buffer, length, bytes.length);
    length += bytes.length;
  }

  private void ensure(int more) {
    if (length + more > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
    }
  }
}
