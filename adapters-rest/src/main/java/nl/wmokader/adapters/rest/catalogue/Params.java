package nl.wmokader.adapters.rest.catalogue;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import nl.wmokader.adapters.rest.ApiCall;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.PageRequest;

/**
 * Path and query parameters checked like body fields: each check adds its error to a {@link
 * nl.wmokader.core.shared.FieldChecks}, so that a request hears about every bad parameter at once, paging included. Shared by
 * the catalogue and contracting resources.
 */
public final class Params {

  private Params() {}

  /** An optional ISO date query parameter: none when absent, an error when malformed. */
  public static Option<LocalDate> optionalDate(FieldChecks check, ApiCall call, String name) {
    Option<String> raw = call.query(name);
    return raw.isEmpty() ? Option.none() : Option.of(check.date(name, raw.get()));
  }

  /** A required ISO date query parameter (null when missing or malformed, with the error in {@code check}). */
  public static LocalDate requiredDate(FieldChecks check, ApiCall call, String name) {
    return check.date(name, call.query(name).getOrNull());
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

  /** A UUID in canonical 8-4-4-4-12 hex form (null with a {@code uuid_format} error otherwise). */
  public static UUID uuid(FieldChecks check, String name, String raw) {
    return check.uuid(name, raw);
  }

  /** The page asked for, or null with the paging errors added to {@code check}. */
  public static PageRequest page(FieldChecks check, ApiCall call) {
    return call.page(check);
  }
}
