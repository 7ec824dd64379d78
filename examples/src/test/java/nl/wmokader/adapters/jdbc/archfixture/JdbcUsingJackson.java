package nl.wmokader.adapters.jdbc.archfixture;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Uses Jackson outside the REST adapter. Never used, only analysed. */
public final class JdbcUsingJackson {
  private JdbcUsingJackson() {}

  public static ObjectMapper mapper() {
    return new ObjectMapper();
  }
}
