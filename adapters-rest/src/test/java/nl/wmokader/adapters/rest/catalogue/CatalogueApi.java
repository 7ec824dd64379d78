package nl.wmokader.adapters.rest.catalogue;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import nl.wmokader.adapters.rest.RestOptions;
import nl.wmokader.adapters.rest.testing.TestServer;
import nl.wmokader.core.WmoKader;
import nl.wmokader.core.catalogue.domain.Product;
import nl.wmokader.core.inmemory.InMemoryAdapters;
import nl.wmokader.core.region.domain.Member;
import nl.wmokader.core.region.port.in.DefineRegionCommand;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.testing.MutableClock;
import nl.wmokader.core.testing.SequentialIds;

/**
 * The product routes over fresh in-memory adapters on a random port, today 2025-06-01, in a region of
 * Oss (0828, central), Bernheze (1721) and 's-Hertogenbosch (0796).
 */
final class CatalogueApi implements AutoCloseable {
  static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
  static final String PRODUCTS = "/api/v1/products";

  /** A regional guidance product from 2025-01-01, open-ended. */
  static final String GUIDANCE = "{\"code\":\"02A01\",\"category\":\"GUIDANCE\",\"name\":\"Begeleiding individueel\","
      + "\"unit\":\"HOUR\",\"variant\":\"EFFORT_BASED\",\"frequency\":\"PER_WEEK\",\"from\":\"2025-01-01\"}";
  /** A regional household-help product for 2025 only. */
  static final String HOUSEHOLD_HELP = "{\"code\":\"01A01\",\"category\":\"HOUSEHOLD_HELP\",\"name\":\"Huishoudelijke hulp\","
      + "\"unit\":\"HOUR\",\"variant\":\"EFFORT_BASED\",\"from\":\"2025-01-01\",\"until\":\"2025-12-31\"}";
  /** Oss's own day-activities product, from 2025-01-01. */
  static final String OSS_LOCAL = "{\"code\":\"L0828\",\"category\":\"DAY_ACTIVITIES\",\"name\":\"Dagbesteding Oss\","
      + "\"unit\":\"DAY_PART\",\"variant\":\"EFFORT_BASED\",\"from\":\"2025-01-01\",\"localTo\":\"0828\"}";

  final InMemoryAdapters adapters = new InMemoryAdapters();
  final MutableClock clock = new MutableClock(TODAY);
  final WmoKader wmo = adapters.builder().clock(clock).ids(new SequentialIds()).build();
  final TestServer server;

  CatalogueApi() {
    this(TestServer.options());
  }

  CatalogueApi(RestOptions options) {
    wmo.region().defineRegion().defineRegion(Actor.region(), new DefineRegionCommand("Regio Noordoost-Brabant", List.of(
        new Member(MunicipalityCode.of("0828"), "Oss", true),
        new Member(MunicipalityCode.of("1721"), "Bernheze", false),
        new Member(MunicipalityCode.of("0796"), "'s-Hertogenbosch", false)))).get();
    server = TestServer.start(options, java.util.List.of(new ProductRoutes(wmo.catalogue().listProducts(), wmo.catalogue().getProduct(),
        wmo.catalogue().findProduct(), wmo.catalogue().findReferenceTariff(), wmo.catalogue().defineProduct(), wmo.catalogue().reviseProduct(), wmo.catalogue().setReferenceTariff())));
  }

  /** Defines a product over HTTP as {@code actor}, failing the test unless it is created. */
  CatalogueApi defined(String actor, String body) {
    TestServer.Reply reply = server.post(PRODUCTS, actor, body);
    if (reply.status() != 201) {
      throw new IllegalStateException("could not define a product: " + reply);
    }
    return this;
  }

  /** Guidance, household help and Oss's local product. */
  CatalogueApi seeded() {
    return defined("region", GUIDANCE).defined("region", HOUSEHOLD_HELP).defined("municipality:0828", OSS_LOCAL);
  }

  Seq<Product> stored() {
    return adapters.products().findAll();
  }

  @Override
  public void close() {
    server.close();
  }
}
