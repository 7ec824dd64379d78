package nl.wmokader.adapters.rest.contracting;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import nl.wmokader.core.contracting.domain.ChamberOfCommerceNumber;
import nl.wmokader.core.contracting.domain.ProviderDeliveryForm;
import nl.wmokader.core.contracting.port.in.ContactInput;
import nl.wmokader.core.shared.FieldChecks;

/** The checks the register and update bodies share: KvK number, delivery forms, supervision contact. */
final class ProviderDetails {
  private ProviderDetails() {}

  record Checked(ChamberOfCommerceNumber kvk, Seq<ProviderDeliveryForm> forms, ContactInput contact) {}

  static Checked check(FieldChecks check, String chamberOfCommerce, java.util.List<ProviderDeliveryForm> deliveryForms,
      ContactRequest supervisionContact) {
    ChamberOfCommerceNumber kvk = check.valid(ChamberOfCommerceNumber.validate("chamberOfCommerce", chamberOfCommerce));
    Seq<ProviderDeliveryForm> forms = List.empty();
    if (deliveryForms == null || deliveryForms.isEmpty()) {
      check.add("deliveryForms", "required", "must name at least one delivery form");
    } else {
      for (int i = 0; i < deliveryForms.size(); i++) {
        ProviderDeliveryForm form = check.present("deliveryForms[" + i + "]", deliveryForms.get(i));
        forms = form == null ? forms : forms.append(form);
      }
    }
    ContactInput contact = ContactRequest.check(check, "supervisionContact", supervisionContact);
    return new Checked(kvk, forms, contact);
  }
}
