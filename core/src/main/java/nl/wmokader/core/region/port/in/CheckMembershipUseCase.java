package nl.wmokader.core.region.port.in;

import nl.wmokader.core.shared.MunicipalityCode;

/** Whether a municipality is a member of the region now: the question the access policy asks of every member's staff. */
public interface CheckMembershipUseCase {

  /** False while no region is defined. */
  boolean isMember(MunicipalityCode municipality);
}
