package nl.wmokader.adapters.rest.contracting;

import java.util.List;
import nl.wmokader.core.contracting.domain.ChamberOfCommerceNumber;
import nl.wmokader.core.contracting.domain.Provider;
import nl.wmokader.core.contracting.domain.SupervisionContact;

/**
 * A registered care provider: its AGB code, name, Chamber of Commerce number (absent only for one
 * registered before it was recorded), delivery forms, and the supervision contact (absent for those
 * who may not see it); {@code version} is the optimistic-locking version.
 */
public record ProviderDto(String agbCode, String name, String chamberOfCommerce, List<String> deliveryForms,
    ContactDto supervisionContact, long version) {

  public static ProviderDto from(Provider p) {
    return new ProviderDto(p.agb().value(), p.name(), p.chamberOfCommerce().map(ChamberOfCommerceNumber::value).getOrNull(),
        p.deliveryForms().map(Enum::name).toJavaList(), p.supervisionContact().map(ContactDto::from).getOrNull(),
        p.version());
  }

  /** Whom supervisors contact. */
  public record ContactDto(String name, String email, String phone) {
    static ContactDto from(SupervisionContact c) {
      return new ContactDto(c.name(), c.email(), c.phone());
    }
  }
}
