package nl.wmokader.core.inmemory;

import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.indication.port.out.ApprovedClaims;

/** Which assignments have approved claims, as a test or an example sets it; settlement answers this in production. */
public final class InMemoryApprovedClaims implements ApprovedClaims {

  private Set<AssignmentId> approved = HashSet.empty();

  @Override
  public synchronized boolean hasApprovedClaims(AssignmentId assignment) {
    return approved.contains(assignment);
  }

  /** Records that a claim on {@code assignment} was approved. */
  public synchronized void approve(AssignmentId assignment) {
    approved = approved.add(assignment);
  }

  /** Forgets the approvals of {@code assignment} (a credited claim, in a test). */
  public synchronized void withdraw(AssignmentId assignment) {
    approved = approved.remove(assignment);
  }
}
