package nl.wmokader.core.contracting.port.in;

import nl.wmokader.core.shared.AgbCode;

/** Whether a provider is registered with the region: the question the access policy asks of every provider's staff. */
public interface CheckRegistrationUseCase {

  boolean isRegistered(AgbCode provider);
}
