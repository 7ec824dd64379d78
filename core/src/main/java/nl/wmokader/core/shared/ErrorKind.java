package nl.wmokader.core.shared;

/**
 * What kind of "no" a use case answers; adapters map it to their protocol (HTTP status) in one place.
 * Java 17 has no switch over sealed types, so every error carries one of these and enum switches
 * stay exhaustive.
 */
public enum ErrorKind {
  /** The input itself is malformed or incomplete; every offending field is listed. */
  INVALID_INPUT,
  /** Absent, or belongs to another party: existence is not revealed. */
  NOT_FOUND,
  /** The actor's role may not perform this action at all. */
  FORBIDDEN,
  /** A stale version or a duplicate. */
  CONFLICT,
  /** A domain rule said no. */
  REJECTED
}
