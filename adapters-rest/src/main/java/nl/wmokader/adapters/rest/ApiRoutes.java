package nl.wmokader.adapters.rest;

/**
 * One resource of the API: a small class that takes the use-case interfaces it needs in its
 * constructor and registers its routes, nothing else. Its OpenAPI part is the hand-written
 * {@code openapi.json} beside it (same package, as a resource): paths and component schemas that the
 * API merges into the document it serves. A missing part fails at registration.
 */
@FunctionalInterface
public interface ApiRoutes {
  /** Registers this resource's routes, with paths relative to {@link WmoRestApi#BASE_PATH}. */
  void register(ApiRouter router);
}
