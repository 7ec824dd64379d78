package nl.wmokader.core.contracting.port.in;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import nl.wmokader.core.contracting.domain.ChamberOfCommerceNumber;
import nl.wmokader.core.contracting.domain.ProviderDeliveryForm;
import nl.wmokader.core.contracting.domain.SupervisionContact;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.FieldChecks;

/** The checks registering and updating a provider share: KvK number, delivery forms, supervision contact. */
final class ProviderDetails {
  private ProviderDetails() {}

  /** The details read from raw values; each null that had an error. */
  record Read(ChamberOfCommerceNumber kvk, Seq<ProviderDeliveryForm> forms, ContactInput contact) {}

  /** The first round: the details, their errors in {@code check}. */
  static Read read(FieldChecks check, String chamberOfCommerce, Seq<ProviderDeliveryForm> deliveryForms,
                   ContactInput supervisionContact) {
    ChamberOfCommerceNumber kvk = check.valid(ChamberOfCommerceNumber.validate("chamberOfCommerce", chamberOfCommerce));
    Seq<ProviderDeliveryForm> forms = List.empty();
    if (deliveryForms == null || deliveryForms.isEmpty()) {
      check.add("deliveryForms", "required", "must name at least one delivery form");
    } else {
      int i = 0;
      for (ProviderDeliveryForm form : deliveryForms) {
        forms = check.present("deliveryForms[" + i++ + "]", form) == null ? forms : forms.append(form);
      }
    }
    return new Read(kvk, forms, contact(check, "supervisionContact", supervisionContact));
  }

  /** The contact, or null with its errors (fields under {@code field.}) in {@code check}. */
  private static ContactInput contact(FieldChecks check, String field, ContactInput contact) {
    if (check.present(field, contact) == null) {
      return null;
    }
    var errors = SupervisionContact.errors(field + ".", contact.name(), contact.email(), contact.phone());
    check.addAll(errors);
    return errors.isEmpty() ? contact : null;
  }

  /** The second round: every missing detail, a name too long, a contact's errors; in {@code checks}. */
  static void check(FieldChecks checks, AgbCode agb, String name, ChamberOfCommerceNumber kvk,
                    Seq<ProviderDeliveryForm> forms, ContactInput contact) {
    checks.required("agb", agb);
    if (checks.requiredText("name", name)) {
      checks.check(name.strip().length() <= RegisterProviderCommand.MAX_NAME_LENGTH, "name", "too_long",
          "must be at most " + RegisterProviderCommand.MAX_NAME_LENGTH + " characters");
    }
    checks.required("chamberOfCommerce", kvk);
    if (forms == null || forms.isEmpty()) {
      checks.add("deliveryForms", "required", "must name at least one delivery form");
    } else {
      for (int i = 0; i < forms.size(); i++) {
        checks.required("deliveryForms[" + i + "]", forms.get(i));
      }
    }
    if (checks.required("supervisionContact", contact)) {
      checks.addAll(SupervisionContact.errors("supervisionContact.", contact.name(), contact.email(), contact.phone()));
    }
  }
}
