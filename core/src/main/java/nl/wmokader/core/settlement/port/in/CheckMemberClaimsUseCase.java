package nl.wmokader.core.settlement.port.in;

import nl.wmokader.core.shared.MunicipalityCode;

/** Whether any claim is addressed to the municipality: before it may leave the region. */
public interface CheckMemberClaimsUseCase {

  boolean hasClaims(MunicipalityCode municipality);
}
