package nl.wmokader.adapters.rest.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fuzz suite's schema validator and generators on a small document of their own: what must
 * fail fails (so the suite cannot pass vacuously), what must pass passes, and generated values
 * satisfy the schema they were generated from.
 */
class FuzzSchemaValidatorTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ApiDocument DOC = new ApiDocument(json("""
      {"openapi":"3.0.3","servers":[{"url":"/api/v1"}],"paths":{},"components":{"schemas":{
        "Thing":{"type":"object","additionalProperties":false,"required":["id","code","on","count"],"properties":{
          "id":{"type":"string","format":"uuid"},
          "code":{"type":"string","pattern":"^[0-9]{4}-(0[1-9]|1[0-2])$"},
          "on":{"type":"string","format":"date"},
          "count":{"type":"integer","format":"int32","minimum":1,"maximum":500},
          "name":{"type":"string","minLength":1,"maxLength":5},
          "kind":{"type":"string","enum":["A","B"]},
          "tags":{"type":"array","minItems":1,"maxItems":2,"items":{"type":"string"}},
          "note":{"type":"string","nullable":true},
          "inner":{"$ref":"#/components/schemas/Inner"}}},
        "Inner":{"type":"object","required":["flag"],"properties":{"flag":{"type":"boolean"}}},
        "Page":{"allOf":[{"$ref":"#/components/schemas/Inner"},
          {"type":"object","required":["items"],"properties":{"items":{"type":"array","items":{"$ref":"#/components/schemas/Thing"}}}}]}
      }}}"""));
  private static final JsonNode THING = json("{\"$ref\":\"#/components/schemas/Thing\"}");
  private static final String VALID = "{\"id\":\"0b5c2f8e-3b0a-4c1e-9a57-2f1d8c6e4a10\",\"code\":\"2026-02\","
      + "\"on\":\"2026-02-28\",\"count\":1,\"name\":\"abcde\",\"kind\":\"A\",\"tags\":[\"x\"],\"note\":null,"
      + "\"inner\":{\"flag\":true}}";
  private final SchemaValidator validator = new SchemaValidator(DOC);

  @Test
  void a_valid_value_passes() {
    assertThat(validator.validate(json(VALID), THING)).isEmpty();
  }

  @Test
  void every_broken_constraint_is_reported() {
    assertBroken(VALID.replace("\"id\":\"0b5c2f8e-3b0a-4c1e-9a57-2f1d8c6e4a10\",", ""), "required id");
    assertBroken(VALID.replace("0b5c2f8e-3b0a-4c1e-9a57-2f1d8c6e4a10", "0b5c2f8e"), "not a uuid");
    assertBroken(VALID.replace("2026-02\"", "2026-13\""), "does not match");
    assertBroken(VALID.replace("2026-02-28", "2026-02-30"), "not a date");
    assertBroken(VALID.replace("2026-02-28", "+10000-01-01"), "not a date");
    assertBroken(VALID.replace("2026-02-28", "-0001-01-01"), "not a date");
    assertBroken(VALID.replace("\"count\":1", "\"count\":0"), "below");
    assertBroken(VALID.replace("\"count\":1", "\"count\":501"), "above");
    assertBroken(VALID.replace("\"count\":1", "\"count\":1.5"), "expected integer");
    assertBroken(VALID.replace("\"count\":1", "\"count\":\"1\""), "expected integer");
    assertBroken(VALID.replace("abcde", "abcdef"), "longer than 5");
    assertBroken(VALID.replace("abcde", ""), "shorter than 1");
    assertBroken(VALID.replace("\"kind\":\"A\"", "\"kind\":\"a\""), "is not one of");
    assertBroken(VALID.replace("[\"x\"]", "[]"), "fewer than 1");
    assertBroken(VALID.replace("[\"x\"]", "[\"x\",\"y\",\"z\"]"), "more than 2");
    assertBroken(VALID.replace("[\"x\"]", "[1]"), "$.tags[0]: expected string");
    assertBroken(VALID.replace("\"flag\":true", "\"flag\":null"), "$.inner.flag: expected boolean");
    assertBroken(VALID.replace("{\"flag\":true}", "{}"), "$.inner: required flag");
    assertBroken(VALID.replace("\"kind\":", "\"extra\":1,\"kind\":"), "extra is not a declared property");
    assertBroken("[]", "expected object");
  }

  @Test
  void all_of_holds_every_part() {
    JsonNode page = json("{\"$ref\":\"#/components/schemas/Page\"}");
    assertThat(validator.validate(json("{\"flag\":false,\"items\":[" + VALID + "]}"), page)).isEmpty();
    assertThat(validator.validate(json("{\"items\":[]}"), page)).anyMatch(e -> e.contains("required flag"));
    assertThat(validator.validate(json("{\"flag\":false,\"items\":[{}]}"), page)).anyMatch(e -> e.contains("$.items[0]: required id"));
  }

  @Test
  void a_date_time_is_an_rfc_3339_instant_with_a_four_digit_year() {
    JsonNode instant = json("{\"type\":\"string\",\"format\":\"date-time\"}");
    assertThat(validator.validate(json("\"2026-03-02T09:15:00.123456Z\""), instant)).isEmpty();
    for (String bad : new String[] {"\"2026-03-02 09:15:00Z\"", "\"2026-03-02\"", "\"+10000-01-01T00:00:00Z\"",
        "\"2026-02-30T00:00:00Z\"", "\"2026-03-02T09:15:00\""}) {
      assertThat(validator.validate(json(bad), instant)).as(bad).isNotEmpty();
    }
  }

  @Test
  void a_keyword_it_does_not_know_is_an_error_not_ignored() {
    assertThatThrownBy(() -> validator.validate(json("1"), json("{\"type\":\"integer\",\"multipleOf\":2}")))
        .hasMessageContaining("multipleOf");
    assertThatThrownBy(() -> validator.validate(json("\"x\""), json("{\"type\":\"string\",\"format\":\"hostname\"}")))
        .hasMessageContaining("hostname");
  }

  @Test
  void generated_values_are_valid_against_their_schema() {
    Random random = new Random(7);
    ValueGenerator values = new ValueGenerator(DOC, new KnownValues(), java.time.LocalDate.of(2026, 3, 5), random);
    for (int i = 0; i < 500; i++) {
      JsonNode page = json("{\"$ref\":\"#/components/schemas/Page\"}");
      JsonNode value = values.valid(page, "body");
      assertThat(validator.validate(value, page)).as(value.toString()).isEmpty();
    }
  }

  @Test
  void pattern_strings_match_their_pattern() {
    Random random = new Random(11);
    for (String regex : new String[] {"^[0-9]{4}-(0[1-9]|1[0-2])$", "^-?[0-9]{1,3}(\\.[0-9]{1,2})?$",
        "^[A-Z][A-Z0-9_]{0,49}$", "^[0-9A-Z]{1,5}$"}) {
      for (int i = 0; i < 200; i++) {
        assertThat(PatternStrings.matching(regex, random)).matches(regex);
      }
    }
  }

  @Test
  void test_bsns_are_of_the_reserved_range_and_pass_the_eleven_test() {
    Random random = new Random(3);
    assertThat(TestBsns.elevenTest("999900018")).isTrue();
    for (int i = 0; i < 200; i++) {
      String bsn = TestBsns.any(random);
      assertThat(bsn).startsWith("9999").hasSize(9);
      assertThat(TestBsns.elevenTest(bsn)).as(bsn).isTrue();
      assertThat(TestBsns.elevenTest(TestBsns.failingElevenTest(random))).isFalse();
    }
  }

  private void assertBroken(String value, String expected) {
    assertThat(validator.validate(json(value), THING)).as(value).anyMatch(e -> e.contains(expected));
  }

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
