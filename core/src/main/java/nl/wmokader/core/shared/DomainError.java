package nl.wmokader.core.shared;

/**
 * A business outcome that is not the happy path, returned as the left side of an {@code Either}.
 * Never an exception: infrastructure faults are {@link InfrastructureException}s.
 */
public interface DomainError {

  /** The kind, which adapters map to their protocol. */
  ErrorKind kind();

  /** A stable, machine-readable code: the error's simple type name unless overridden. */
  default String code() {
    return getClass().getSimpleName();
  }

  /** A human-readable explanation, free of personal data. */
  String message();
}
