package nl.wmokader.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import nl.wmokader.core.region.domain.RegionError;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.ErrorKind;
import nl.wmokader.core.shared.FieldError;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.MunicipalityCode;
import org.junit.jupiter.api.Test;

/** The one mapping from domain errors to HTTP. */
class ProblemsTest {

  @Test
  void each_error_kind_has_its_status() {
    assertThat(Problems.httpStatus(ErrorKind.INVALID_INPUT)).isEqualTo(400);
    assertThat(Problems.httpStatus(ErrorKind.NOT_FOUND)).isEqualTo(404);
    assertThat(Problems.httpStatus(ErrorKind.FORBIDDEN)).isEqualTo(403);
    assertThat(Problems.httpStatus(ErrorKind.CONFLICT)).isEqualTo(409);
    assertThat(Problems.httpStatus(ErrorKind.REJECTED)).isEqualTo(422);
    for (ErrorKind kind : ErrorKind.values()) {
      assertThat(Problems.httpStatus(kind)).as(kind.name()).isBetween(400, 499);
    }
  }

  @Test
  void domain_codes_become_snake_case() {
    assertThat(Problems.code(new CommonError.StaleVersion("Region", "R", 3))).isEqualTo("stale_version");
    assertThat(Problems.code(new CommonError.NotFound("Client", "x"))).isEqualTo("not_found");
    assertThat(Problems.code(new CommonError.Forbidden("do it"))).isEqualTo("forbidden");
    assertThat(Problems.code(new RegionError.NotAMember(MunicipalityCode.of("0363")))).isEqualTo("not_a_member");
    assertThat(Problems.code(InvalidInput.of("a", "required", "is required"))).isEqualTo("invalid_input");
    assertThat(Problems.snakeCase("already_snake")).isEqualTo("already_snake");
  }

  @Test
  void invalid_input_lists_every_field_in_order() {
    Problem problem = Problems.of(new InvalidInput(List.of(new FieldError("a", "required", "is required"),
        new FieldError("b[0].c", "invalid_type", "must be an integer"))), "/api/v1/x");
    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.title()).isEqualTo("Bad Request");
    assertThat(problem.type()).isEqualTo("about:blank");
    assertThat(problem.instance()).isEqualTo("/api/v1/x");
    assertThat(problem.invalidParams()).containsExactly(new InvalidParam("a", "required", "is required"),
        new InvalidParam("b[0].c", "invalid_type", "must be an integer"));
  }

  @Test
  void other_errors_have_no_invalid_params_and_omit_them_in_json() {
    Problem problem = Problems.of(new CommonError.Duplicate("Thing", "t1"), "/api/v1/things");
    assertThat(problem.status()).isEqualTo(409);
    assertThat(problem.detail()).isEqualTo("Thing t1 exists already");
    assertThat(new String(Json.write(problem), java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("invalidParams");
  }

  @Test
  void the_instance_masks_long_digit_runs() {
    assertThat(Problems.instance("/api/v1/clients/999912345/cases")).isEqualTo("/api/v1/clients/*********/cases");
    assertThat(Problems.instance("/api/v1/providers/12345678")).isEqualTo("/api/v1/providers/12345678");
  }

  @Test
  void a_problem_lists_at_most_the_first_hundred_fields_and_counts_them_all() {
    InvalidInput many = new InvalidInput(List.range(0, 1_000).map(i -> new FieldError("f" + i, "unknown_field", "unknown")));
    Problem problem = Problems.of(many, "/api/v1/x");
    assertThat(problem.invalidParams()).hasSize(Problems.MAX_INVALID_PARAMS);
    assertThat(problem.invalidParams().get(0).name()).isEqualTo("f0");
    assertThat(problem.invalidParams().get(99).name()).isEqualTo("f99");
    assertThat(problem.detail()).isEqualTo("1000 invalid fields; the first 100 are listed");
    InvalidInput hundred = new InvalidInput(List.range(0, 100).map(i -> new FieldError("f" + i, "required", "is required")));
    assertThat(Problems.of(hundred, "/api/v1/x").invalidParams()).hasSize(100);
    assertThat(Problems.of(hundred, "/api/v1/x").detail()).isEqualTo("100 invalid fields");
  }
}
