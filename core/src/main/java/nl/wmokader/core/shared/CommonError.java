package nl.wmokader.core.shared;

import static java.util.Objects.requireNonNull;

/**
 * Errors every subdomain answers alike. Another party's data answers {@link NotFound}, exactly as
 * if it did not exist.
 */
public sealed interface CommonError extends DomainError {

  /** Absent, or not visible to the actor. {@code entity} is a type name, {@code id} never a BSN. */
  record NotFound(String entity, String id) implements CommonError {
    public NotFound {
      requireNonNull(entity, "entity");
      requireNonNull(id, "id");
    }

    @Override
    public ErrorKind kind() {
      return ErrorKind.NOT_FOUND;
    }

    @Override
    public String message() {
      return entity + " " + id + " not found";
    }
  }

  /** The actor's role may not perform {@code action} at all. */
  record Forbidden(String action) implements CommonError {
    public Forbidden {
      requireNonNull(action, "action");
    }

    @Override
    public ErrorKind kind() {
      return ErrorKind.FORBIDDEN;
    }

    @Override
    public String message() {
      return "this role may not " + action;
    }
  }

  /** Optimistic locking: the stored version is not the one the change was based on. */
  record StaleVersion(String entity, String id, long expectedVersion) implements CommonError {
    @Override
    public ErrorKind kind() {
      return ErrorKind.CONFLICT;
    }

    @Override
    public String message() {
      return entity + " " + id + " was changed by someone else (expected version " + expectedVersion + ")";
    }
  }

  /** Something with this identity exists already. */
  record Duplicate(String entity, String id) implements CommonError {
    @Override
    public ErrorKind kind() {
      return ErrorKind.CONFLICT;
    }

    @Override
    public String message() {
      return entity + " " + id + " exists already";
    }
  }
}
