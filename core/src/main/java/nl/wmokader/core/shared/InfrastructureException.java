package nl.wmokader.core.shared;

/**
 * A fault of the machinery (database, I/O), not a business outcome: adapters wrap their checked
 * exceptions in it. It is never the left side of an {@code Either}.
 */
public final class InfrastructureException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InfrastructureException(String message, Throwable cause) {
    super(message, cause);
  }
}
