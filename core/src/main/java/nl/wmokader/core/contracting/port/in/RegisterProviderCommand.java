package nl.wmokader.core.contracting.port.in;

import io.vavr.collection.Seq;
import nl.wmokader.core.contracting.domain.ChamberOfCommerceNumber;
import nl.wmokader.core.contracting.domain.ProviderDeliveryForm;
import nl.wmokader.core.shared.AgbCode;

/**
 * A provider to register: its AGB code, name (at most 200 characters), Chamber of Commerce number,
 * the forms it delivers in (at least one) and its contact for supervision.
 */
public record RegisterProviderCommand(AgbCode agb, String name, ChamberOfCommerceNumber chamberOfCommerce,
    Seq<ProviderDeliveryForm> deliveryForms, ContactInput supervisionContact) {}
