package nl.wmokader.core.region.domain;

import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.ErrorKind;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.Rejection;

/** What the region's rules refuse. */
public sealed interface RegionError extends DomainError {

  /** The municipality is not a member of the region. */
  record NotAMember(MunicipalityCode municipality) implements RegionError, Rejection {
    @Override
    public String message() {
      return "municipality " + municipality + " is not a member of the region";
    }
  }

  /** A member cannot leave the region while its cases, claims or budgets exist: they would lose their municipality. */
  record MemberInUse(MunicipalityCode municipality) implements RegionError, Rejection {
    @Override
    public String message() {
      return "municipality " + municipality + " still has cases, claims or budgets and cannot leave the region";
    }
  }

  /** The region has not been defined yet. */
  record NotDefined() implements RegionError {
    @Override
    public ErrorKind kind() {
      return ErrorKind.NOT_FOUND;
    }

    @Override
    public String message() {
      return "the region has not been defined";
    }
  }
}
