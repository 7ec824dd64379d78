package nl.wmokader.core.supervision.application;

import io.vavr.control.Either;
import nl.wmokader.core.contracting.port.in.GetProviderUseCase;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.ErrorKind;
import nl.wmokader.core.shared.FieldChecks;

/** What the supervision services share: the registered-provider check. */
final class Support {
  private Support() {}

  /** Adds {@code provider}'s field errors: required, and registered. */
  static void registeredProvider(FieldChecks fields, GetProviderUseCase providers, AgbCode provider) {
    if (fields.required("provider", provider)) {
      Either<DomainError, ?> found = providers.getProvider(Actor.region(), provider);
      fields.check(found.isRight() || found.getLeft().kind() != ErrorKind.NOT_FOUND, "provider", "unknown",
          "is not a registered provider");
    }
  }


  /** Checks a text of 1 to {@code max} characters. */
  static void text(FieldChecks fields, String field, String value, int max) {
    if (fields.requiredText(field, value)) {
      fields.check(value.length() <= max, field, "too_long", "must be at most " + max + " characters");
    }
  }
}
