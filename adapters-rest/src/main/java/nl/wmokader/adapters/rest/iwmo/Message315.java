package nl.wmokader.adapters.rest.iwmo;

import java.time.LocalDate;
import java.util.List;
import nl.wmokader.core.indication.port.in.VolumeInput;

/**
 * A 315 (verzoek om toewijzing) as read: its header, the client's BSN as sent, each
 * AangevraagdProduct as the core reads it, and the technical problems the reader found. {@code
 * client} is null when the body could not be read (a problem says why). Problems name where, never
 * a value: a message carries a BSN.
 */
record Message315(IwmoHeader header, String client, List<Product> products, List<String> problems) {

  /**
   * One AangevraagdProduct: the reference, category and code as sent (null when left out), the
   * period, and the volume (Omvang, or Budget as euros in total; null when neither).
   */
  record Product(String reference, String category, String product, LocalDate start, LocalDate end,
                 VolumeInput volume) {}

  boolean isTechnicallySound() {
    return problems.isEmpty();
  }
}
