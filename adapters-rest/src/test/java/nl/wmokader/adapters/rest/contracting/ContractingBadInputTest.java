package nl.wmokader.adapters.rest.contracting;

import static nl.wmokader.adapters.rest.contracting.ContractingApi.CONTRACTS;
import static nl.wmokader.adapters.rest.contracting.ContractingApi.CONTRACT_2025;
import static nl.wmokader.adapters.rest.contracting.ContractingApi.PROVIDERS;
import static nl.wmokader.adapters.rest.testing.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import nl.wmokader.adapters.rest.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad input never reaches contracting and never answers 5xx: each case is a 400 problem with its code
 * and every invalid field, path and query parameters included, and nothing is stored.
 */
class ContractingBadInputTest {
  private static ContractingApi api;
  private static String contract;

  @BeforeAll
  static void start() {
    api = new ContractingApi(TestServer.options().withMaxBodyBytes(8 * 1024)).withProviders();
    contract = api.contracted(CONTRACT_2025);
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  private static List<String> bodyRoutes() {
    return List.of(PROVIDERS, CONTRACTS, contract + "/lots", contract + "/termination", contract + "/client-stops",
        contract + "/client-stop-lifts", PROVIDERS + "/12345678/admission-applications", contract + "/evidence",
        contract + "/suspension", contract + "/client-stop-requests", contract + "/lots/02A01/tariffs",
        contract + "/lots/02A01/indexations");
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        arguments("truncated", "{\"from\":\"2025-09-01\","),
        arguments("not json", "from=2025-09-01"),
        arguments("empty", ""),
        arguments("null", "null"),
        arguments("two documents", "{} {}"),
        arguments("duplicate keys", "{\"from\":\"2025-09-01\",\"from\":\"2025-10-01\"}"),
        arguments("single quotes", "{'from':'2025-09-01'}"),
        arguments("a comment", "{/* x */\"from\":\"2025-09-01\"}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void malformed_json_is_a_400_problem_on_every_body_route(String label, String body) {
    for (String path : bodyRoutes()) {
      var before = api.stored();
      assertProblem(api.server.post(path, "region", body), 400, "malformed_json");
      assertThat(api.stored()).as(path).isEqualTo(before);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"[]", "\"2025-09-01\"", "true"})
  void a_body_that_is_not_an_object_is_invalid_input_on_every_body_route(String body) {
    for (String path : bodyRoutes()) {
      var before = api.stored();
      TestServer.Reply reply = api.server.post(path, "region", body);
      assertProblem(reply, 400, "invalid_input");
      assertThat(reply.invalidParams()).containsExactly("body:invalid_type");
      assertThat(api.stored()).isEqualTo(before);
    }
  }

  static Stream<Arguments> invalidBodies() {
    String lots = "/lots";
    return Stream.of(
        // providers
        arguments(PROVIDERS, "{}", List.of("agbCode:required", "name:required", "chamberOfCommerce:required",
            "deliveryForms:required", "supervisionContact:required")),
        arguments(PROVIDERS, "{\"agbCode\":\"1234567\",\"name\":\" \"," + ContractingApi.DETAILS + "}",
            List.of("agbCode:agb_code_format", "name:required")),
        arguments(PROVIDERS, "{\"agbCode\":12345678,\"name\":\"X\"," + ContractingApi.DETAILS + "}", List.of("agbCode:invalid_type")),
        arguments(PROVIDERS, "{\"agbCode\":\"1234567a\",\"name\":[\"X\"],\"bsn\":\"999912345\"," + ContractingApi.DETAILS + "}",
            List.of("agbCode:agb_code_format", "name:invalid_type", "bsn:unknown_field")),
        arguments(PROVIDERS, "{\"agbCode\":\"12345678\",\"name\":\"X\",\"chamberOfCommerce\":\"1234\","
            + "\"deliveryForms\":[\"ZIN\",null],\"supervisionContact\":{\"name\":\"\",\"email\":\"a@b\",\"phone\":\"12\","
            + "\"fax\":\"1\"}}",
            List.of("chamberOfCommerce:kvk_number_format", "deliveryForms[0]:invalid_type", "deliveryForms[1]:required",
                "supervisionContact.fax:unknown_field", "supervisionContact.name:required",
                "supervisionContact.email:email_format", "supervisionContact.phone:phone_format")),
        // contracts
        arguments(CONTRACTS, "{}", List.of("provider:required", "from:required")),
        arguments(CONTRACTS, "{\"provider\":\"12345678\",\"from\":\"2025-01-01\",\"until\":\"2024-12-31\"}",
            List.of("until:before_start")),
        arguments(CONTRACTS, "{\"provider\":\"12345678\",\"from\":\"2025-02-29\"}", List.of("from:date_format")),
        arguments(CONTRACTS, "{\"provider\":\"12345678\",\"from\":\"2025-01-01\",\"lots\":{}}", List.of("lots:invalid_type")),
        arguments(CONTRACTS, "{\"provider\":\"12345678\",\"from\":\"2025-01-01\",\"lots\":[null,7,{}]}",
            List.of("lots[0]:required", "lots[1]:invalid_type", "lots[2].product:required",
                "lots[2].from:required")),
        arguments(CONTRACTS, "{\"provider\":\"12345678\",\"from\":\"2025-01-01\",\"lots\":[{\"product\":\"02a01\","
            + "\"from\":\"2025-03-01\",\"until\":\"2025-02-01\",\"tariffCents\":-5,\"tariff\":5}]}",
            List.of("lots[0].tariff:unknown_field", "lots[0].product:product_code_format", "lots[0].until:before_start",
                "lots[0].tariffCents:negative")),
        arguments(CONTRACTS, "{\"provider\":\"12345678\",\"from\":\"2025-01-01\",\"lots\":[{\"product\":\"02A01\","
            + "\"from\":\"2025-01-01\",\"tariffCents\":12.5}]}", List.of("lots[0].tariffCents:invalid_type")),
        arguments(CONTRACTS, "{\"agb\":\"12345678\",\"period\":{\"from\":\"2025-01-01\"}}",
            List.of("agb:unknown_field", "period:unknown_field", "provider:required", "from:required")),
        // lots
        arguments(lots, "{}", List.of("product:required", "from:required")),
        arguments(lots, "{\"product\":\"02A01\",\"from\":\"2025-01-01\",\"tariffCents\":-1}", List.of("tariffCents:negative")),
        arguments(lots, "{\"product\":\"TOOLONG\",\"from\":\"01/01/2025\",\"tariffCents\":\"100\"}",
            List.of("product:product_code_format", "from:date_format", "tariffCents:invalid_type")),
        arguments(lots, "{\"product\":\"02A01\",\"from\":\"2025-01-01\",\"until\":\"2024-01-01\",\"contract\":\"x\"}",
            List.of("contract:unknown_field", "until:before_start")),
        // termination, client stops, lifts
        arguments("/termination", "{}", List.of("from:required")),
        arguments("/termination", "{\"from\":\"tomorrow\",\"reason\":\"OTHER\"}", List.of("from:date_format", "reason:unknown_field")),
        arguments("/client-stops", "{}", List.of("from:required", "reason:required")),
        arguments("/client-stops", "{\"from\":\"2025-07-01\",\"reason\":\"QUALITY\"}", List.of("reason:invalid_type")),
        arguments("/client-stops", "{\"from\":\"2025-07-01\",\"until\":\"2025-06-30\",\"reason\":0}",
            List.of("reason:invalid_type", "until:before_start")),
        arguments("/client-stop-lifts", "{}", List.of("from:required")),
        arguments("/client-stop-lifts", "{\"from\":null,\"until\":\"2025-07-01\"}", List.of("until:unknown_field", "from:required")),
        // admission applications, evidence, suspension, client-stop requests, tariffs, indexations
        arguments(PROVIDERS + "/12345678/admission-applications", "{}", List.of("from:required", "products:required")),
        arguments(PROVIDERS + "/12345678/admission-applications", "{\"from\":\"2026-01-01\",\"until\":\"2025-12-31\","
            + "\"products\":[\"02A01\",\"TOOLONG\",null,3]}", List.of("until:before_start", "products[1]:product_code_format",
                "products[2]:required", "products[3]:invalid_type")),
        arguments("/evidence", "{}", List.of("condition:required", "reference:required", "validFrom:required")),
        arguments("/evidence", "{\"condition\":\"insurance\",\"reference\":\"" + "x".repeat(201) + "\","
            + "\"validFrom\":\"2026-01-01\",\"expiresOn\":\"2025-12-31\"}",
            List.of("condition:condition_code_format", "reference:too_long", "expiresOn:before_valid_from")),
        arguments("/suspension", "{}", List.of("reason:required")),
        arguments("/suspension", "{\"reason\":\"LATE\",\"since\":\"2025-07-01\"}", List.of("reason:invalid_type",
            "since:unknown_field")),
        arguments("/client-stop-requests", "{}", List.of("from:required", "explanation:required")),
        arguments("/client-stop-requests", "{\"from\":\"2025-07-01\",\"explanation\":\"" + "x".repeat(501) + "\"}",
            List.of("explanation:too_long")),
        arguments("/lots/02A01/tariffs", "{}", List.of("from:required", "tariffCents:required")),
        arguments("/lots/02A01/tariffs", "{\"from\":\"2025-07-01\",\"tariffCents\":-1}", List.of("tariffCents:negative")),
        arguments("/lots/02A01/indexations", "{}", List.of("from:required", "percentage:required")),
        arguments("/lots/02A01/indexations", "{\"from\":\"2025-07-01\",\"percentage\":\"-100\"}",
            List.of("percentage:out_of_range")),
        arguments("/lots/02A01/indexations", "{\"from\":\"2025-07-01\",\"percentage\":\"3,2\"}",
            List.of("percentage:percentage_format")));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("invalidBodies")
  void an_invalid_body_lists_every_invalid_field_and_stores_nothing(String route, String body, List<String> expected) {
    String path = route.startsWith("/api/") ? route : contract + route;
    var before = api.stored();
    TestServer.Reply reply = api.server.post(path, "region", body);
    assertProblem(reply, 400, "invalid_input");
    assertThat(reply.invalidParams()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(reply.body()).doesNotContain("999912345").doesNotContain("2025-02-29").doesNotContain("TOOLONG");
    assertThat(api.stored()).isEqualTo(before);
  }

  @ParameterizedTest
  @ValueSource(strings = {"42", "not-a-uuid", "0000000000000000000000000000ffff", "1-1-1-1-1",
      "00000000-0000-0000-0000-00000000fffg", "%7B00000000-0000-0000-0000-00000000ffff%7D", "999912345"})
  void a_malformed_contract_id_is_a_400_naming_it_on_every_route(String id) {
    var before = api.stored();
    String path = CONTRACTS + "/" + id;
    List<TestServer.Reply> replies = List.of(
        api.server.get(path, "region"),
        api.server.post(path + "/lots", "region", "{\"product\":\"02A01\",\"from\":\"2025-01-01\"}"),
        api.server.post(path + "/termination", "region", "{\"from\":\"2025-09-01\"}"),
        api.server.post(path + "/client-stops", "region", "{\"from\":\"2025-07-01\",\"reason\":\"OTHER\"}"),
        api.server.post(path + "/client-stop-lifts", "region", "{\"from\":\"2025-07-01\"}"));
    for (TestServer.Reply reply : replies) {
      assertProblem(reply, 400, "invalid_input");
      assertThat(reply.invalidParams()).containsExactly("contractId:uuid_format");
      assertThat(reply.body()).doesNotContain("999912345");
    }
    assertThat(api.stored()).isEqualTo(before);
  }

  @Test
  void an_upper_case_contract_id_is_the_same_contract() {
    TestServer.Reply reply = api.server.get(contract.toUpperCase().replace("/API/V1/CONTRACTS", CONTRACTS), "region");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(CONTRACTS + "/" + reply.json().path("id").asText()).isEqualTo(contract);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1234567", "123456789", "abcdefgh", "1234%205678"})
  void a_malformed_agb_code_in_the_path_is_a_400_naming_it(String agb) {
    TestServer.Reply reply = api.server.get(PROVIDERS + "/" + agb, "region");
    assertProblem(reply, 400, "invalid_input");
    assertThat(reply.invalidParams()).containsExactly("agbCode:agb_code_format");
  }

  @Test
  void listing_contracts_needs_a_valid_provider_and_reports_paging_errors_with_it() {
    TestServer.Reply missing = api.server.get(CONTRACTS, "region");
    assertProblem(missing, 400, "invalid_input");
    assertThat(missing.invalidParams()).containsExactly("provider:required");
    TestServer.Reply all = api.server.get(CONTRACTS + "?provider=1234&page=x&pageSize=0", "region");
    assertProblem(all, 400, "invalid_input");
    assertThat(all.invalidParams()).containsExactlyInAnyOrder("provider:agb_code_format", "page:invalid_type", "pageSize:out_of_range");
    TestServer.Reply size = api.server.get(CONTRACTS + "?provider=12345678&pageSize=0", "region");
    assertThat(size.invalidParams()).containsExactly("pageSize:out_of_range");
    assertThat(api.server.get(PROVIDERS + "?page=-1", "region").invalidParams()).containsExactly("page:out_of_range");
  }

  @Test
  void a_delivery_right_question_reports_every_bad_parameter() {
    TestServer.Reply none = api.server.get("/api/v1/delivery-rights", "region");
    assertProblem(none, 400, "invalid_input");
    assertThat(none.invalidParams()).containsExactly("provider:required", "product:required", "date:required");
    TestServer.Reply bad = api.server.get("/api/v1/delivery-rights?provider=12&product=02a01&date=2025-06-31", "region");
    assertProblem(bad, 400, "invalid_input");
    assertThat(bad.invalidParams()).containsExactly("provider:agb_code_format", "product:product_code_format",
        "date:date_format");
  }

  @Test
  void a_body_over_the_limit_is_a_413_problem_and_stores_nothing() {
    var before = api.stored();
    String huge = "{\"from\":\"2025-09-01\",\"x\":\"" + "x".repeat(9 * 1024) + "\"}";
    for (String path : bodyRoutes()) {
      assertProblem(api.server.post(path, "region", huge), 413, "body_too_large");
    }
    assertThat(api.stored()).isEqualTo(before);
  }

  @Test
  void a_body_that_is_not_declared_json_is_a_415_problem_and_stores_nothing() {
    var before = api.stored();
    for (String path : bodyRoutes()) {
      assertProblem(api.server.send("POST", path, "region", "application/x-www-form-urlencoded",
          "from=2025-09-01".getBytes(StandardCharsets.UTF_8)), 415, "unsupported_media_type");
    }
    assertThat(api.stored()).isEqualTo(before);
  }
}
