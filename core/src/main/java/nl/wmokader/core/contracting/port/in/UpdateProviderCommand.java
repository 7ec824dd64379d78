package nl.wmokader.core.contracting.port.in;

import io.vavr.collection.Seq;
import nl.wmokader.core.contracting.domain.ChamberOfCommerceNumber;
import nl.wmokader.core.contracting.domain.ProviderDeliveryForm;
import nl.wmokader.core.shared.AgbCode;

/**
 * Replaces a registered provider's details (the AGB code identifies it and never changes), as in
 * {@link RegisterProviderCommand}. {@code expectedVersion} is the version the change was based on.
 */
public record UpdateProviderCommand(AgbCode agb, long expectedVersion, String name,
    ChamberOfCommerceNumber chamberOfCommerce, Seq<ProviderDeliveryForm> deliveryForms, ContactInput supervisionContact) {}
