package nl.wmokader.adapters.rest.region;

import static nl.wmokader.adapters.rest.testing.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.function.Supplier;
import nl.wmokader.adapters.rest.WmoRestApi;
import nl.wmokader.adapters.rest.testing.TestServer;
import nl.wmokader.core.inmemory.InMemoryRegionRepository;
import nl.wmokader.core.region.application.RegionServices;
import nl.wmokader.core.region.domain.Region;
import nl.wmokader.core.region.port.out.RegionRepository;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.InfrastructureException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A database whose connection pool has no connection free in time (HikariCP throws {@link
 * SQLTransientConnectionException} after its connection timeout; the JDBC adapter wraps it in an
 * {@link InfrastructureException}) answers 503 with {@code Retry-After}, never 500; any other
 * database fault stays a 500.
 */
class BusyDatabaseTest {
  private static final RegionRepository STORED = new InMemoryRegionRepository();
  private static volatile Supplier<RuntimeException> fault;
  private static TestServer server;

  /** The stored region, unless the test has made the database fail. */
  private static final RegionRepository FAILING = new RegionRepository() {
    @Override
    public Option<Region> find() {
      throwFault();
      return STORED.find();
    }

    @Override
    public Either<DomainError, Region> save(Region region) {
      throwFault();
      return STORED.save(region);
    }

    private void throwFault() {
      Supplier<RuntimeException> f = fault;
      if (f != null) {
        throw f.get();
      }
    }
  };

  @BeforeAll
  static void start() {
    RegionServices services = new RegionServices(FAILING, AccessPolicy.standard());
    server = TestServer.start(Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.routes.get("/own", ctx -> {
        throw new SQLTransientConnectionException("pool - Connection is not available, request timed out after 5000ms");
      });
      WmoRestApi.register(config, TestServer.options(), List.of(new RegionRoutes(services, services, services)));
    }));
    assertThat(server.put("/api/v1/region", "region", RegionApi.DEFINITION).status()).isEqualTo(200);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static TestServer.Reply readWhile(Supplier<RuntimeException> failure) {
    fault = failure;
    try {
      return server.get("/api/v1/region", "region");
    } finally {
      fault = null;
    }
  }

  private static SQLTransientConnectionException poolTimeout() {
    return new SQLTransientConnectionException("wmo-kader - Connection is not available, request timed out after 5000ms "
        + "(total=10, active=10, idle=0, waiting=22)");
  }

  @Test
  void a_pool_timeout_wrapped_by_the_jdbc_adapter_is_503_with_retry_after() {
    TestServer.Reply reply = readWhile(() -> new InfrastructureException("database read failed (SQLSTATE 08001)",
        poolTimeout()));

    assertProblem(reply, 503, "service_unavailable");
    assertThat(reply.header("Retry-After")).hasValue("1");
    assertThat(reply.header("API-Version")).hasValue("1.0.0");
    assertThat(reply.body()).doesNotContain("Connection is not available").doesNotContain("SQL");
  }

  @Test
  void a_pool_timeout_however_deep_in_the_causes_or_of_a_subclass_is_503() {
    assertProblem(readWhile(() -> new IllegalStateException("outer",
        new InfrastructureException("db", new RuntimeException("middle", poolTimeout())))), 503, "service_unavailable");
    assertProblem(readWhile(() -> new InfrastructureException("db", new SQLTransientConnectionException("driver's own") {
      private static final long serialVersionUID = 1L;
    })), 503, "service_unavailable");
  }

  @Test
  void any_other_database_fault_is_500_without_retry_after() {
    TestServer.Reply reply = readWhile(() -> new InfrastructureException("database read failed (SQLSTATE 42P01)",
        new SQLException("relation does not exist", "42P01")));

    assertProblem(reply, 500, "internal_error");
    assertThat(reply.header("Retry-After")).isEmpty();
  }

  @Test
  void after_the_pool_has_a_connection_again_the_same_request_answers() {
    readWhile(() -> new InfrastructureException("db", poolTimeout()));
    assertThat(server.get("/api/v1/region", "region").status()).isEqualTo(200);
  }

  @Test
  void the_embedders_own_routes_keep_javalins_answer() {
    assertThat(server.get("/own", null).status()).isEqualTo(500);
  }
}
