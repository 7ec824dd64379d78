package nl.wmokader.adapters.rest.contracting;

import nl.wmokader.core.contracting.domain.SupervisionContact;
import nl.wmokader.core.contracting.port.in.ContactInput;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.FieldError;

/** A supervision contact as a body gives it: name, e-mail address and phone number. */
public record ContactRequest(String name, String email, String phone) {

  /** The contact, or null with its errors (fields under {@code field.}) in {@code check}. */
  static ContactInput check(FieldChecks check, String field, ContactRequest contact) {
    if (check.present(field, contact) == null) {
      return null;
    }
    var errors = SupervisionContact.errors(field + ".", contact.name(), contact.email(), contact.phone());
    for (FieldError e : errors) {
      check.add(e.field(), e.code(), e.message());
    }
    return errors.isEmpty() ? new ContactInput(contact.name(), contact.email(), contact.phone()) : null;
  }
}
