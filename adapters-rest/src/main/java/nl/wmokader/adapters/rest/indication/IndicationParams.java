package nl.wmokader.adapters.rest.indication;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import nl.wmokader.adapters.rest.ApiCall;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.adapters.rest.InputResults;
import nl.wmokader.adapters.rest.Params;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.FieldError;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.PageRequest;

/**
 * Parsing what arrives outside a body: UUIDs in paths and fields, enum names, and the query
 * parameters of the list resources, strictly (an unknown parameter is an error, so that a typo
 * never silently widens a list), each error naming the parameter as the client sent it.
 */
final class IndicationParams {
  static final String ASSIGNMENT_ID = "assignmentId";

  private static final Set<String> PAGING = Set.of("page", "pageSize");
  private static final Set<String> PERSONAL = Set.of("client", "bsn");

  private IndicationParams() {}

  /** A UUID in its canonical 36-character form; anything else is a {@code uuid_format} error. */
  static Validation<FieldError, UUID> uuid(String field, String raw) {
    if (raw == null || raw.isBlank()) {
      return Validation.invalid(new FieldError(field, "required", "is required"));
    }
    return FieldChecks.isUuid(raw)
        ? Validation.valid(UUID.fromString(raw))
        : Validation.invalid(new FieldError(field, "uuid_format", FieldChecks.UUID_FORMAT));
  }

  /** The {@code {assignmentId}} of the path. */
  static Either<DomainError, AssignmentId> assignmentId(ApiCall call) {
    String raw = call.pathParam(ASSIGNMENT_ID);
    // A path segment is never missing, only malformed (e.g. %20, which decodes to blank).
    return uuid(ASSIGNMENT_ID, raw == null || raw.isBlank() ? "-" : raw).map(AssignmentId::new)
        .<DomainError>mapError(e -> new InvalidInput(List.of(e))).toEither();
  }

  /**
   * The command on the path's assignment from the body's request: a malformed id and every invalid
   * field of the body are reported together.
   */
  static <C, R extends ApiRequest<Function<AssignmentId, C>>> Either<DomainError, C> onAssignment(
      ApiCall call, Class<R> requestType) {
    Either<DomainError, AssignmentId> id = assignmentId(call);
    Either<DomainError, Function<AssignmentId, C>> body = call.command(requestType);
    return InputResults.both(id, body, (i, f) -> f.apply(i));
  }

  /** An enum constant by its exact name; anything else is an {@code invalid_type} error listing the names. */
  static <E extends Enum<E>> E enumValue(FieldChecks check, String field, String raw, Class<E> type) {
    if (raw == null) {
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(raw)) {
        return constant;
      }
    }
    check.add(field, "invalid_type", "must be one of " + Arrays.toString(type.getEnumConstants()));
    return null;
  }

  /**
   * Query parameters: {@code known} ones and paging only. A client or BSN parameter is refused with
   * a pointer to the search resource (a BSN has no place in a URL, which ends up in access logs).
   */
  static void onlyKnownQueryParams(ApiCall call, FieldChecks check, Set<String> known) {
    call.context().queryParamMap().keySet().stream().sorted().forEach(name -> {
      if (PERSONAL.contains(name)) {
        check.add(name, "not_allowed", "never in a URL: search by client with POST /api/v1/assignments/searches");
      } else if (!known.contains(name) && !PAGING.contains(name)) {
        check.add(name, "unknown_field", "is not a known query parameter");
      }
    });
  }

  /**
   * The page asked for, with the errors {@code check} collected so far: every invalid parameter
   * (filters and paging) comes back in one 400 problem.
   */
  static Either<DomainError, PageRequest> page(ApiCall call, FieldChecks check) {
    return Params.page(call, check);
  }

}
