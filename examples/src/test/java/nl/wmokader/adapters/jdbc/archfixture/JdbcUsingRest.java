package nl.wmokader.adapters.jdbc.archfixture;

import nl.wmokader.adapters.rest.RestOptions;

/** Breaks the independence of the adapters: jdbc reaches into rest. Never used, only analysed. */
public final class JdbcUsingRest {
  private JdbcUsingRest() {}

  public static RestOptions options() {
    return RestOptions.defaults();
  }
}
