package nl.wmokader.adapters.rest;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import nl.wmokader.core.shared.FieldChecks;

/**
 * The one parser of path and query parameters, checked like body fields: each check adds its error
 * to a {@link FieldChecks}, so that a request hears about every bad parameter at once, paging
 * included (identifiers: {@link FieldChecks#uuid}; the page: {@link ApiCall#page}). Subdomain
 * packages add only what is theirs (a path's identifier type, a route's known parameters).
 */
public final class Params {
  private static final Set<String> PAGING = Set.of("page", "pageSize");

  /** The last year of any date the API reads or writes (the first is {@value JsonLeaves#FIRST_YEAR}). */
  public static final int LAST_DATE_YEAR = JsonLeaves.LAST_YEAR;

  private Params() {}

  /** An optional ISO date query parameter: none when absent, an error when malformed. */
  public static Option<LocalDate> optionalDate(FieldChecks check, ApiCall call, String name) {
    Option<String> raw = call.query(name);
    return raw.isEmpty() ? Option.none() : Option.of(date(check, name, raw.get()));
  }

  /** A required ISO date query parameter (null when missing or malformed, with the error in {@code check}). */
  public static LocalDate requiredDate(FieldChecks check, ApiCall call, String name) {
    return date(check, name, call.query(name).getOrNull());
  }

  /**
   * A date parameter's {@code raw} text read as strictly as a body's date: {@code yyyy-mm-dd} with a
   * year {@value JsonLeaves#FIRST_YEAR}..{@value JsonLeaves#LAST_YEAR}, else null with
   * {@code required}, {@code date_format} or {@code out_of_range} added. ISO-8601's expanded years
   * ({@code +10000-01-01}, {@code -0001-01-01}) are no dates of this API: echoed back, they broke the
   * answer's own {@code format: date}.
   */
  public static LocalDate date(FieldChecks check, String name, String raw) {
    if (!check.requiredText(name, raw)) {
      return null;
    }
    LocalDate date = JsonLeaves.isoDate(raw);
    nl.wmokader.core.shared.FieldError error = JsonLeaves.date(name, date);
    if (error != null) {
      check.add(error);
      return null;
    }
    return date;
  }

  /** An optional enum query parameter by constant name: none when absent, an error when unknown. */
  public static <E extends Enum<E>> Option<E> optionalEnum(FieldChecks check, ApiCall call, String name, Class<E> type) {
    Option<String> raw = call.query(name);
    if (raw.isEmpty()) {
      return Option.none();
    }
    Option<E> value = Option.ofOptional(Arrays.stream(type.getEnumConstants())
        .filter(e -> e.name().equals(raw.get())).findFirst());
    if (value.isEmpty()) {
      check.add(name, "invalid_type", "must be one of " + Arrays.toString(type.getEnumConstants()));
    }
    return value;
  }

  /** The text of a query parameter, or null; an empty value counts as absent. */
  public static String query(ApiCall call, String name) {
    return call.query(name).filter(v -> !v.isEmpty()).getOrNull();
  }

  /** A path segment's text: never missing, only malformed ({@code %20} decodes to blank, read as "-"). */
  public static String path(ApiCall call, String name) {
    String raw = call.pathParam(name);
    return raw == null || raw.isBlank() ? "-" : raw;
  }

  /**
   * Only {@code known} query parameters (and paging, when {@code paged}): an unknown one is an
   * {@code unknown_field} error, so that a typo never silently widens a list.
   */
  public static void onlyKnownQueryParams(ApiCall call, FieldChecks check, Set<String> known, boolean paged) {
    call.context().queryParamMap().keySet().stream().sorted().forEach(name -> {
      if (!known.contains(name) && !(paged && PAGING.contains(name))) {
        check.add(name, "unknown_field", "is not a known query parameter");
      }
    });
  }

  /**
   * The page asked for, with the errors {@code check} collected so far: every invalid parameter
   * (filters and paging) comes back in one 400 problem.
   */
  public static io.vavr.control.Either<nl.wmokader.core.shared.DomainError, nl.wmokader.core.shared.PageRequest> page(
      ApiCall call, FieldChecks check) {
    nl.wmokader.core.shared.PageRequest page;
    try {
      page = call.pageRequest();
    } catch (ProblemException e) {
      if (e.status() != 400 || e.invalidParams().isEmpty()) {
        throw e;
      }
      e.invalidParams().forEach(p -> check.add(p.name(), p.code(), p.reason()));
      page = null;
    }
    nl.wmokader.core.shared.PageRequest asked = page;
    return check.resultFrom(() -> asked);
  }
}
