package nl.wmokader.core.indication.port.out;

import nl.wmokader.core.indication.domain.AssignmentId;

/**
 * Whether settlement approved a claim on an assignment: what deleting one must ask. Indication owns
 * this port because settlement lies downstream; the composition layer implements it over
 * settlement's claims.
 */
@FunctionalInterface
public interface ApprovedClaims {

  /** Whether any claim line on {@code assignment} was approved. */
  boolean hasApprovedClaims(AssignmentId assignment);
}
