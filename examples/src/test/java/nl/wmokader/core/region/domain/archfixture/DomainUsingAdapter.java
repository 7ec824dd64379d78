package nl.wmokader.core.region.domain.archfixture;

import javax.sql.DataSource;
import nl.wmokader.adapters.jdbc.JdbcRegionRepository;

/** The model depending on an adapter: the layer rule must refuse it. Never used, only analysed. */
public final class DomainUsingAdapter {
  private DomainUsingAdapter() {}

  public static JdbcRegionRepository repository(DataSource dataSource) {
    return new JdbcRegionRepository(dataSource);
  }
}
