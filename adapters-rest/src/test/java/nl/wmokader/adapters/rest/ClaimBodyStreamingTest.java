package nl.wmokader.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.wmokader.adapters.rest.settlement.SubmitClaimRequest;
import nl.wmokader.adapters.rest.testing.ProbeRoutes;
import nl.wmokader.core.settlement.port.in.SubmitClaimCommand;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldError;
import nl.wmokader.core.shared.InvalidInput;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The claim body read as a stream ({@link ApiCall#streamedCommand}) against the same body read whole
 * into a tree and bound by {@link JsonBinder} ({@link ApiCall#treeCommand}, what every other route
 * does): for every body, good or bad, the same command or the same errors (paths, codes, messages,
 * order) or the same problem (status, code, detail, invalid params, headers).
 */
class ClaimBodyStreamingTest implements WithQuickTheories {
  private static final long MAX = RestOptions.DEFAULT_MAX_BULK_BODY_BYTES;

  static final String ASSIGNMENT = "0f8fa6e2-3c1b-4a57-9d2e-6b1c2f3a4d5e";

  static String line(String reference) {
    return "{\"reference\":\"" + reference + "\",\"assignment\":\"" + ASSIGNMENT + "\",\"client\":\"999900018\","
        + "\"category\":\"02\",\"product\":\"02A01\",\"periodStart\":\"2026-02-01\",\"periodEnd\":\"2026-02-28\","
        + "\"volume\":4,\"unit\":\"04\",\"tariffCents\":6540,\"amountCents\":26160,\"direction\":\"DEBIT\"}";
  }

  static String claim(String... lines) {
    return "{\"municipality\":\"1721\",\"month\":\"2026-02\",\"number\":\"D1\",\"lines\":[" + String.join(",", lines) + "]}";
  }

  /** A good line with {@code field}'s value replaced by {@code json} (raw JSON text), or dropped when null. */
  static String lineWith(String field, String json) {
    String line = line("R1");
    int at = line.indexOf("\"" + field + "\":");
    if (at < 0) {
      return json == null ? line : "{\"" + field + "\":" + json + "," + line.substring(1);
    }
    int valueStart = at + field.length() + 3;
    int valueEnd = valueEnd(line, valueStart);
    if (json == null) {
      int from = line.charAt(at - 1) == ',' ? at - 1 : at;
      int to = line.charAt(valueEnd) == ',' && from == at ? valueEnd + 1 : valueEnd;
      return line.substring(0, from) + line.substring(to);
    }
    return line.substring(0, valueStart) + json + line.substring(valueEnd);
  }

  private static int valueEnd(String s, int start) {
    if (s.charAt(start) == '"') {
      return s.indexOf('"', start + 1) + 1;
    }
    int i = start;
    while (s.charAt(i) != ',' && s.charAt(i) != '}') {
      i++;
    }
    return i;
  }

  /** Values of every JSON kind, well- and ill-formed, for any field. */
  static final List<String> VALUES = List.of("null", "\"\"", "\" \"", "\"x\"", "0", "-0", "4", "-4", "4.0", "4.5", "1e2",
      "-1e400", "1e400", "2147483648", "9223372036854775807", "9223372036854775808", "-9223372036854775809",
      "123456789012345678901234567890", "true", "false", "[]", "[1]", "[\"2026-02-01\"]", "[2026,2,1]", "{}",
      "{\"a\":1}", "\"2026-02-01\"", "\"2026-2-1\"", "\"2026-02-30\"", "\"2025-02-29\"", "\"2024-02-29\"",
      "\"20260201\"", "\"2026-02-01T00:00\"", "\"2026-02-01T00:00:00Z\"", "\" 2026-02-01\"", "\"2026-02-01 \"",
      "\"+2026-02-01\"", "\"0000-01-01\"", "\"-001-01-01\"", "\"2026-13-01\"", "\"2026-00-10\"", "\"2026-02-00\"",
      "\"2026-02-01Z\"", "\"DEBIT\"", "\"CREDIT\"", "\"debit\"", "\"DEBIT \"", "\"0\"", "\"1\"", "\"D\"",
      "\"999900018\"", "\"999900019\"", "\"02\"", "\"04\"", "\"19\"", "\"02A01\"", "\"" + ASSIGNMENT + "\"",
      "\"not-a-uuid\"", "\"\\u0041\"", "\"caf\u00e9\"", "\"\\ud83d\\ude00\"", "\"2026-02\"", "\"1721\"",
      "NaN", "'x'", "\"unterminated", "01", "1.", ".5", "+1", "tru", "nul", "[", "{", "]", "}", "", "\"a\\qb\"",
      "\"\t\"");

  static final List<String> LINE_FIELDS = List.of("reference", "previousReference", "assignment", "client",
      "category", "product", "periodStart", "periodEnd", "volume", "unit", "tariffCents", "amountCents", "direction");
  static final List<String> ROOT_FIELDS = List.of("municipality", "month", "number", "declaredTotalCents", "lines");

  static List<String> corpus() {
    List<String> bodies = new ArrayList<>();
    // Good ones, in several shapes.
    bodies.add(claim(line("R1")));
    bodies.add(claim(line("R1"), line("R2"), line("R3")));
    bodies.add(claim(line("R1")).replace("\"lines\"", "\"declaredTotalCents\":26160,\"lines\""));
    bodies.add(claim(lineWith("previousReference", "\"R0\""), line("R2")));
    bodies.add(claim(line("R1")).replace(",", " ,\n ").replace(":", " : ").replace("{", "{\r\n\t"));
    bodies.add("{\"lines\":[" + line("R1") + "],\"number\":\"D1\",\"month\":\"2026-02\",\"municipality\":\"1721\"}");
    bodies.add(claim(lineWith("product", "null"), lineWith("product", null)));
    bodies.add("\uFEFF" + claim(line("R1")));
    bodies.add("  " + claim(line("R1")) + " \n\t ");
    // Whole bodies that are not a claim object.
    bodies.addAll(List.of("", " ", "\n", "null", " null ", "null x", "null 1", "null null", "[]", "[1,2", "[1,2]",
        "123", "\"str\"", "true", "{}", "{", "}", "{}}", "{} {}", "{}x", "{}[]", "{\"a\":}", "{\"a\" 1}", "{,}",
        "{\"lines\":[],}", "{\"lines\":[1,]}", "{'lines':[]}", "{lines:[]}", "// c\n{}", "/* c */{}", "{}\u0000",
        "{\"a\":1,\"a\":2}", "{\"lines\":[],\"lines\":[]}", "\"\\ud800\"", "{\"\":1}", "{\"\":{\"\":[]}}"));
    // The route test's body: every kind of error at once.
    String badLine = "{\"reference\":\"R1\",\"assignment\":\"nope\",\"client\":\"999900019\",\"category\":\"19\","
        + "\"periodStart\":\"2026-02-31\",\"periodEnd\":\"2026-02-28\",\"volume\":\"4\",\"unit\":\"HOUR\","
        + "\"tariffCents\":65.4,\"amountCents\":26160,\"direction\":\"D\",\"colour\":\"red\"}";
    bodies.add("{\"municipality\":\"17\",\"month\":\"2026-2\",\"lines\":[" + badLine + ",null," + line("R2") + "]}");
    // Every value in every line field, and in every root field.
    for (String field : LINE_FIELDS) {
      bodies.add(claim(line("R0"), lineWith(field, null)));
      for (String value : VALUES) {
        bodies.add(claim(line("R0"), lineWith(field, value), line("R2")));
      }
    }
    for (String field : ROOT_FIELDS) {
      String good = claim(line("R1"));
      for (String value : VALUES) {
        bodies.add(replaceRoot(good, field, value));
      }
      bodies.add(replaceRoot(good, field, null));
    }
    // Lines of other kinds.
    for (String element : List.of("null", "1", "\"x\"", "[]", "[" + line("R1") + "]", "{}", "true")) {
      bodies.add(claim(line("R1"), element, line("R3")));
    }
    // Unknown fields, anywhere, with values of any shape; the same field twice.
    for (String value : List.of("1", "\"x\"", "null", "{\"deep\":[1,{\"x\":[]}]}", "[[[]]]", "{\"a\":1,\"a\":2}", "[1,]")) {
      bodies.add(claim(line("R1")).replace("{\"municipality\"", "{\"colour\":" + value + ",\"municipality\""));
      bodies.add(claim(line("R1")).replace("\"number\"", "\"zz\":" + value + ",\"number\""));
      bodies.add(claim(line("R1").replace("\"volume\"", "\"colour\":" + value + ",\"volume\"")));
      bodies.add(claim(line("R1").replace("}", ",\"shade\":" + value + "}")));
    }
    bodies.add(claim(line("R1").replace("\"volume\":4", "\"volume\":4,\"volume\":5")));
    bodies.add(claim(line("R1")).replace("\"month\"", "\"month\":\"2026-02\",\"month\""));
    bodies.add(claim(line("R1").replace("\"volume\":4", "\"volume\":\"x\",\"colour\":1,\"tariffCents\":true,\"b\":2")
        .replace(",\"tariffCents\":6540", "")));
    // Deep nesting in an unknown field: past the parser's depth limit, and just inside it.
    bodies.add(claim(line("R1")).replace("\"number\"", "\"deep\":" + "[".repeat(1200) + "]".repeat(1200) + ",\"number\""));
    bodies.add(claim(line("R1")).replace("\"number\"", "\"deep\":" + "[".repeat(400) + "]".repeat(400) + ",\"number\""));
    // Long values.
    bodies.add(claim(lineWith("reference", "\"" + "r".repeat(100_000) + "\"")));
    bodies.add(claim(lineWith("volume", "1".repeat(1_200))));
    bodies.add(claim(lineWith("volume", "1".repeat(900))));
    return bodies;
  }

  private static String replaceRoot(String body, String field, String json) {
    int at = body.indexOf("\"" + field + "\":");
    if (field.equals("declaredTotalCents")) {
      String insert = json == null ? "" : "\"declaredTotalCents\":" + json + ",";
      return body.replace("\"lines\":", insert + "\"lines\":");
    }
    int valueStart = at + field.length() + 3;
    int valueEnd = field.equals("lines") ? body.length() - 1 : valueEnd(body, valueStart);
    if (json == null) {
      int from = body.charAt(at - 1) == ',' ? at - 1 : at;
      int to = body.charAt(valueEnd) == ',' && from == at ? valueEnd + 1 : valueEnd;
      return body.substring(0, from) + body.substring(to);
    }
    return body.substring(0, valueStart) + json + body.substring(valueEnd);
  }

  /** What one read answered, comparable: a command, an error with its fields, or a problem. */
  record Outcome(SubmitClaimCommand command, String error, List<FieldError> fields, Integer status, String code,
                 String detail, List<InvalidParam> params, Map<String, String> headers) {}

  static Outcome outcome(Supplier<Either<DomainError, SubmitClaimCommand.Draft>> read) {
    try {
      Either<DomainError, SubmitClaimCommand> result = read.get().flatMap(draft -> draft.command(io.vavr.collection.List.empty()));
      if (result.isRight()) {
        return new Outcome(result.get(), null, null, null, null, null, null, null);
      }
      DomainError e = result.getLeft();
      return new Outcome(null, e.getClass().getName() + ": " + e.code() + ": " + e.message(),
          e instanceof InvalidInput ? ((InvalidInput) e).errors().toJavaList() : null, null, null, null, null, null);
    } catch (ProblemException p) {
      return new Outcome(null, null, null, p.status(), p.code(), p.detail(), p.invalidParams(), p.headers());
    }
  }

  static Outcome tree(byte[] body, long max) {
    return outcome(() -> ApiCall.treeCommand(new ByteArrayInputStream(body), body.length, max, SubmitClaimRequest.class));
  }

  static Outcome streamed(byte[] body, long max) {
    return outcome(() -> ApiCall.streamedCommand(new ByteArrayInputStream(body), max, SubmitClaimRequest.class));
  }

  @Test
  void control_characters_and_dates_outside_the_years_are_refused_alike_both_ways() {
    java.util.Map<String, String> bodies = java.util.Map.of(
        claim(line("R\\u0000")), "lines[0].reference:control_character",
        claim(lineWith("periodStart", "\"-0001-02-01\"")), "lines[0].periodStart:date_format",
        claim(lineWith("periodEnd", "\"2026-02-28\\u0000\"")), "lines[0].periodEnd:date_format",
        claim(lineWith("periodEnd", "\"3026-02-28\"")), "lines[0].periodEnd:out_of_range",
        claim(line("R1")).replace("\"D1\"", "\"D\\u001b1\""), "number:control_character");
    bodies.forEach((body, expected) -> {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      assertSame(bytes, MAX);
      assertThat(streamed(bytes, MAX).fields()).as(body).extracting(e -> e.field() + ":" + e.code()).containsExactly(expected);
    });
  }

  @Test
  void a_million_wrong_fields_cost_a_thousand_errors_alike_both_ways() {
    StringBuilder junk = new StringBuilder();
    for (int i = 0; i < 5_000; i++) {
      junk.append("\"x").append(i).append("\":0,");
    }
    for (String body : java.util.List.of("{" + junk + claim(line("R1")).substring(1),
        claim(("{" + junk + line("R1").substring(1)), line("R2")))) {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      assertSame(bytes, MAX);
      java.util.List<FieldError> fields = streamed(bytes, MAX).fields();
      assertThat(fields).hasSize(1_001);
      assertThat(fields.get(1_000).field() + ":" + fields.get(1_000).code()).isEqualTo("body:too_many_errors");
      assertThat(fields.get(1_000).message()).isEqualTo("and 4000 more invalid fields, not listed");
    }
  }

  private static void assertSame(byte[] body, long max) {
    Outcome tree = tree(body, max);
    assertThat(streamed(body, max)).as(describe(body) + " (max " + max + ")").isEqualTo(tree);
  }

  private static String describe(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8);
    return text.length() > 300 ? text.substring(0, 300) + "... (" + body.length + " bytes)" : text;
  }

  @Test
  void every_body_of_the_corpus_is_answered_alike() {
    List<String> corpus = corpus();
    assertThat(corpus).hasSizeGreaterThan(1_000);
    int commands = 0;
    for (String body : corpus) {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      assertSame(bytes, MAX);
      if (tree(bytes, MAX).command() != null) {
        commands++;
      }
    }
    assertThat(commands).as("good bodies in the corpus").isGreaterThan(10);
  }

  @Test
  void the_corpus_has_each_kind_of_outcome() {
    List<Outcome> outcomes = corpus().stream().map(b -> tree(b.getBytes(StandardCharsets.UTF_8), MAX)).toList();
    assertThat(outcomes).anyMatch(o -> o.command() != null);
    assertThat(outcomes).anyMatch(o -> "malformed_json".equals(o.code())
        && o.detail().startsWith("The request body is not"));
    assertThat(outcomes).anyMatch(o -> "malformed_json".equals(o.code()) && o.detail().contains("empty"));
    assertThat(outcomes).anyMatch(o -> "invalid_input".equals(o.code()));
    assertThat(outcomes).anyMatch(o -> o.fields() != null && o.fields().stream().anyMatch(f -> f.code().equals("unknown_field")));
    assertThat(outcomes).anyMatch(o -> o.fields() != null && o.fields().stream().anyMatch(f -> f.code().equals("date_format")));
    assertThat(outcomes).anyMatch(o -> o.fields() != null && o.fields().stream().anyMatch(f -> f.code().equals("invalid_type")));
    assertThat(outcomes).anyMatch(o -> o.fields() != null && o.fields().stream().anyMatch(f -> f.code().equals("bsn_eleven_test")));
  }

  @Test
  void errors_keep_the_binders_order_whatever_the_order_of_the_fields() {
    String body = "{\"lines\":[{\"volume\":\"x\",\"zz\":1,\"reference\":7,\"periodStart\":\"2026-02-31\",\"aa\":2}],"
        + "\"month\":1,\"colour\":\"red\",\"municipality\":[]}";
    Outcome tree = tree(body.getBytes(StandardCharsets.UTF_8), MAX);
    assertThat(tree.fields()).extracting(FieldError::field).startsWith("colour", "municipality", "month",
        "lines[0].zz", "lines[0].aa", "lines[0].reference", "lines[0].periodStart", "lines[0].volume");
    assertSame(body.getBytes(StandardCharsets.UTF_8), MAX);
  }

  @Test
  void every_prefix_of_a_body_is_answered_alike() {
    String body = "{\"municipality\":\"1721\",\"month\":\"2026-02\",\"number\":\"D1\",\"declaredTotalCents\":52320,"
        + "\"colour\":{\"a\":[1,2.5,true,null]},\"lines\":[" + line("R1") + "," + lineWith("volume", "\"4\"") + "]}";
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    for (int n = 0; n <= bytes.length; n++) {
      assertSame(java.util.Arrays.copyOf(bytes, n), MAX);
    }
  }

  @Test
  void other_encodings_are_read_alike() {
    for (Charset charset : List.of(StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE, Charset.forName("UTF-32BE"),
        StandardCharsets.ISO_8859_1)) {
      assertSame(claim(line("R\u00e9")).getBytes(charset), MAX);
      assertSame(claim(lineWith("volume", "\"x\"")).getBytes(charset), MAX);
    }
    assertSame(new byte[] {(byte) 0xff, (byte) 0xfe, 0x7b, 0x00}, MAX);
    assertSame(claim(line("R1")).replace("R1", "R\u00e9").getBytes(StandardCharsets.ISO_8859_1), MAX);
  }

  @Test
  void a_body_over_the_limit_is_413_even_when_it_is_malformed_before_the_limit() {
    String good = claim(line("R1"), line("R2"), line("R3"));
    long max = good.length() - 10;
    for (String body : List.of(good, "{" + good, "[]" + good, "null" + " ".repeat(good.length()), "x".repeat(good.length()),
        claim(lineWith("volume", "\"x\""), line("R2"), line("R3")), "{\"a\":1,\"a\":2}" + " ".repeat(good.length()))) {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      assertThat(tree(bytes, max).status()).as(body).isEqualTo(413);
      assertSame(bytes, max);
    }
    byte[] exact = good.getBytes(StandardCharsets.UTF_8);
    assertSame(exact, exact.length);
    assertSame(exact, exact.length - 1);
    assertThat(streamed(exact, exact.length).command()).isNotNull();
  }

  @Test
  void an_unreadable_body_is_400_unless_it_went_over_the_limit_before() {
    byte[] start = claim(line("R1"), line("R2")).substring(0, 200).getBytes(StandardCharsets.UTF_8);
    for (long max : List.of(100L, 200L, 201L, MAX)) {
      Outcome tree = outcome(() -> ApiCall.treeCommand(failingAfter(start), -1, max, SubmitClaimRequest.class));
      Outcome streamed = outcome(() -> ApiCall.streamedCommand(failingAfter(start), max, SubmitClaimRequest.class));
      assertThat(streamed).as("max " + max).isEqualTo(tree);
      assertThat(tree.code()).isIn("unreadable_body", "body_too_large");
    }
    byte[] malformedFirst = "{\"a\" 1".getBytes(StandardCharsets.UTF_8);
    assertThat(outcome(() -> ApiCall.streamedCommand(failingAfter(malformedFirst), MAX, SubmitClaimRequest.class)))
        .isEqualTo(outcome(() -> ApiCall.treeCommand(failingAfter(malformedFirst), -1, MAX, SubmitClaimRequest.class)))
        .extracting(Outcome::code).isEqualTo("unreadable_body");
  }

  /** {@code bytes}, then a connection reset. */
  private static InputStream failingAfter(byte[] bytes) {
    return new SequenceInputStream(new ByteArrayInputStream(bytes), new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("connection reset");
      }
    });
  }

  @Test
  void the_probe_records_leaves_are_bound_alike_by_both_binders() throws IOException {
    for (String value : VALUES) {
      for (String field : List.of("text", "number", "flag", "date", "tags", "kind")) {
        String body = "{\"" + field + "\":" + value + ",\"tags\":[" + value + ",\"a\"]}";
        if (field.equals("tags")) {
          body = "{\"tags\":" + value + "}";
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        Object tree;
        Object streamed;
        try {
          tree = JsonBinder.bind(Json.parse(bytes), ProbeRoutes.EchoRequest.class);
        } catch (ProblemException e) {
          tree = e.status() + " " + e.code() + " " + e.detail();
        }
        try (var parser = Json.MAPPER.createParser(bytes)) {
          streamed = JsonStreamBinder.bind(parser, ProbeRoutes.EchoRequest.class);
        } catch (ProblemException e) {
          streamed = e.status() + " " + e.code() + " " + e.detail();
        } catch (com.fasterxml.jackson.core.JacksonException e) {
          streamed = Json.malformed().status() + " " + Json.malformed().code() + " " + Json.malformed().detail();
        }
        assertThat(streamed).as(body).isEqualTo(tree);
      }
    }
  }

  /** Fragments to splice into a good body at random: valid pieces, broken pieces, wrong types. */
  private Gen<String> fragments() {
    List<String> pieces = new ArrayList<>(VALUES);
    pieces.addAll(List.of("{", "}", "[", "]", ",", ":", "\"volume\":", "\"lines\":", "\"colour\":", "\"reference\"",
        "\"periodStart\"", "\\", "\"\\u0000\"", " ", "\n"));
    return Generate.pick(pieces);
  }

  @Test
  void a_good_body_spliced_with_anything_anywhere_is_answered_alike() {
    String good = claim(line("R1"), lineWith("previousReference", "\"R0\""));
    qt().withExamples(3_000).forAll(integers().between(0, good.length()), integers().between(0, 40),
        lists().of(fragments()).ofSizeBetween(0, 3)).checkAssert((at, cut, inserted) -> {
          int end = Math.min(good.length(), at + cut % 8);
          String body = good.substring(0, at) + String.join("", inserted) + good.substring(end);
          assertSame(body.getBytes(StandardCharsets.UTF_8), MAX);
        });
  }

  @Test
  void a_value_replaced_by_anything_is_answered_alike() {
    qt().withExamples(2_000).forAll(Generate.pick(LINE_FIELDS), fragments(), fragments())
        .checkAssert((field, value, second) -> {
          assertSame(claim(lineWith(field, value)).getBytes(StandardCharsets.UTF_8), MAX);
          assertSame(claim(lineWith(field, value + second)).getBytes(StandardCharsets.UTF_8), MAX);
        });
  }

  @Test
  void text_that_looks_like_a_date_is_read_as_the_mapper_reads_it() {
    Gen<String> dateish = strings().betweenCodePoints('+', '9').ofLengthBetween(8, 12)
        .mix(integers().between(0, 99_999_999).map(n -> String.format("%04d-%02d-%02d", n / 10_000, n / 100 % 100, n % 100)), 70);
    qt().withExamples(3_000).forAll(dateish).checkAssert(text -> {
      String json = "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
      assertSame(claim(lineWith("periodStart", json)).getBytes(StandardCharsets.UTF_8), MAX);
    });
  }
}
