package nl.wmokader.adapters.rest.region;

import io.vavr.control.Option;
import nl.wmokader.adapters.rest.RestOptions;
import nl.wmokader.adapters.rest.testing.TestServer;
import nl.wmokader.core.inmemory.InMemoryRegionRepository;
import nl.wmokader.core.region.application.RegionServices;
import nl.wmokader.core.region.domain.Region;
import nl.wmokader.core.shared.AccessPolicy;

/** The region routes over a fresh in-memory repository, on a random port. */
final class RegionApi implements AutoCloseable {
  static final String DEFINITION = "{\"name\":\"Regio Noordoost-Brabant\",\"members\":["
      + "{\"code\":\"0828\",\"name\":\"Oss\",\"central\":true},"
      + "{\"code\":\"1721\",\"name\":\"Bernheze\",\"central\":false},"
      + "{\"code\":\"0796\",\"name\":\"'s-Hertogenbosch\",\"central\":false}],\"version\":0}";

  final InMemoryRegionRepository repository = new InMemoryRegionRepository();
  final TestServer server;

  RegionApi() {
    this(TestServer.options());
  }

  RegionApi(RestOptions options) {
    RegionServices services = new RegionServices(repository, AccessPolicy.standard());
    server = TestServer.start(options, java.util.List.of(new RegionRoutes(services, services, services)));
  }

  /** Defines the standard region as region staff. */
  RegionApi defined() {
    TestServer.Reply reply = server.put("/api/v1/region", "region", DEFINITION);
    if (reply.status() != 200) {
      throw new IllegalStateException("could not define the region: " + reply);
    }
    return this;
  }

  Option<Region> stored() {
    return repository.find();
  }

  @Override
  public void close() {
    server.close();
  }
}
