package nl.wmokader.core.shared;

/** A domain rule said no ({@link ErrorKind#REJECTED}): the kind most subdomain errors have. */
public interface Rejection extends DomainError {
  @Override
  default ErrorKind kind() {
    return ErrorKind.REJECTED;
  }
}
