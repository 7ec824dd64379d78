package nl.wmokader.adapters.rest;

/** Handles one API request; it must answer through the {@link ApiCall}. */
@FunctionalInterface
public interface ApiHandler {
  void handle(ApiCall call) throws Exception;
}
