package nl.wmokader.core.supervision.port.in;

import io.vavr.collection.Seq;
import nl.wmokader.core.contracting.domain.ProviderDeliveryForm;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.supervision.domain.InvestigationScope;
import nl.wmokader.core.supervision.domain.SignalId;

/**
 * Opens an investigation of {@code provider} today: on the named open signals about it (they are
 * linked to the investigation), or proactively when {@code signals} is absent or empty.
 */
public record OpenInvestigationCommand(AgbCode provider, Seq<SignalId> signals, InvestigationScope scope,
                                       ProviderDeliveryForm deliveryForm) {}
