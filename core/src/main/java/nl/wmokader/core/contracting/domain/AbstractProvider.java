package nl.wmokader.core.contracting.domain;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainStyle;
import org.immutables.value.Value;

/**
 * A care provider (zorgaanbieder) known to the region, identified by its AGB code, with its Chamber
 * of Commerce number, the forms in which it delivers and whom supervisors contact. Not personal data
 * apart from the supervision contact, which the use cases show only to those who need it.
 *
 * <p>Registration requires the Chamber of Commerce number, the delivery forms and the contact. They
 * are optional here only for providers registered before they were recorded (stored by an earlier
 * version of the library): such a provider delivers in kind, as every provider contracted then did,
 * and {@code UpdateProvider} completes it.
 */
@Value.Immutable
@DomainStyle
public abstract class AbstractProvider {

  public abstract AgbCode agb();

  public abstract String name();

  /** The KvK number; none only for a provider registered before it was recorded. */
  @Value.Default
  public Option<ChamberOfCommerceNumber> chamberOfCommerce() {
    return Option.none();
  }

  /** The forms it delivers in: distinct, in declaration order, never empty. */
  @Value.Default
  public Seq<ProviderDeliveryForm> deliveryForms() {
    return List.of(ProviderDeliveryForm.IN_KIND);
  }

  /** Whom supervisors contact; none only for a provider registered before it was recorded. */
  @Value.Default
  public Option<SupervisionContact> supervisionContact() {
    return Option.none();
  }

  /** Optimistic-locking version: 0 before the first save. */
  @Value.Default
  public long version() {
    return 0;
  }

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new IllegalStateException("provider name is blank");
    }
    if (deliveryForms().isEmpty() || !deliveryForms().equals(normalised(deliveryForms()))) {
      throw new IllegalStateException("delivery forms are distinct, ordered and not empty");
    }
  }

  /** {@code forms} distinct and in declaration order, as a provider keeps them. */
  public static Seq<ProviderDeliveryForm> normalised(Seq<ProviderDeliveryForm> forms) {
    return List.ofAll(forms).distinct().sorted();
  }

  public boolean delivers(ProviderDeliveryForm form) {
    return deliveryForms().contains(form);
  }
}
