package nl.wmokader.adapters.rest.supervision;

import java.util.UUID;
import nl.wmokader.adapters.rest.ApiCall;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.FieldChecks;

/** What the supervision routes read outside a body (identifiers, filters, paging), each error naming the field as sent. */
final class SupervisionParams {
  private SupervisionParams() {}

  /** The UUID in path parameter {@code name}, or a {@code uuid_format} error. */
  static UUID uuid(FieldChecks check, ApiCall call, String name) {
    String raw = call.pathParam(name);
    if (!FieldChecks.isUuid(raw)) {
      check.add(name, "uuid_format", FieldChecks.UUID_FORMAT);
      return null;
    }
    return UUID.fromString(raw);
  }

  /** The optional {@code provider} filter; an empty value counts as absent. */
  static AgbCode providerFilter(FieldChecks check, ApiCall call) {
    String raw = call.query("provider").filter(v -> !v.isEmpty()).getOrNull();
    return raw == null ? null : check.valid(AgbCode.validate("provider", raw));
  }
}
