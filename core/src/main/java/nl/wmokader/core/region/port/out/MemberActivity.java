package nl.wmokader.core.region.port.out;

import nl.wmokader.core.shared.MunicipalityCode;

/**
 * Whether a member holds data downstream (cases, claims, budgets): asked before a redefinition drops
 * it, answered by the subdomains that hold that data.
 */
public interface MemberActivity {

  /** Whether cases, claims or budgets of {@code member} exist. */
  boolean holdsData(MunicipalityCode member);

  /** No downstream data anywhere: every member may be dropped. */
  static MemberActivity none() {
    return member -> false;
  }
}
