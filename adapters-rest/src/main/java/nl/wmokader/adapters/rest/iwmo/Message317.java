package nl.wmokader.adapters.rest.iwmo;

import java.time.LocalDate;
import java.util.List;
import nl.wmokader.core.indication.port.in.VolumeInput;

/**
 * A 317 (verzoek om wijziging) as read: its header, the client's BSN and the Verzoek's reference as
 * sent, the numbers of the assignments left unchanged, each TeWijzigenProduct, whether it asks for
 * new products, and the technical problems the reader found. {@code client} is null when the body
 * could not be read (a problem says why).
 */
record Message317(IwmoHeader header, String client, String reference, List<String> unchanged, List<Change> changes,
                  boolean newProducts, List<String> problems) {

  /** One TeWijzigenProduct: the ToewijzingNummer as sent, the day it takes effect, the new end and volume (null when left out). */
  record Change(String assignment, LocalDate from, LocalDate end, VolumeInput volume) {}

  boolean isTechnicallySound() {
    return problems.isEmpty();
  }
}
