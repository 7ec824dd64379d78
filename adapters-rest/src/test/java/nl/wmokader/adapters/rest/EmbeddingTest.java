package nl.wmokader.adapters.rest;

import static nl.wmokader.adapters.rest.testing.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.util.List;
import nl.wmokader.adapters.rest.testing.ProductionRoutes;
import nl.wmokader.adapters.rest.testing.TestServer;
import org.junit.jupiter.api.Test;

/** The API registered on an embedder's own Javalin config: its context path and routes stay its own. */
class EmbeddingTest {

  @Test
  void the_api_lives_beside_the_embedders_routes_under_its_context_path() {
    Javalin app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.router.contextPath = "/wmo";
      config.routes.get("/health", ctx -> ctx.result("ok"));
      List<ApiRoute> routes = WmoRestApi.register(config, TestServer.options(), ProductionRoutes.overInMemoryAdapters());
      assertThat(routes).contains(new ApiRoute("GET", "/api/v1/region"), new ApiRoute("GET", "/api/v1/openapi.json"));
    });
    try (TestServer server = TestServer.start(app)) {
      TestServer.Reply health = server.get("/wmo/health", null);
      assertThat(health.status()).isEqualTo(200);
      assertThat(health.body()).isEqualTo("ok");
      assertThat(health.header("API-Version")).isEmpty();

      var problem = assertProblem(server.get("/wmo/api/v1/region", "region"), 404, "not_defined");
      assertThat(problem.path("instance").asText()).isEqualTo("/wmo/api/v1/region");
      assertProblem(server.get("/wmo/api/v1/nothing", "region"), 404, "route_not_found");
      assertProblem(server.send("DELETE", "/wmo/api/v1/region", "region", null, null), 405, "method_not_allowed");
      assertThat(server.get("/wmo/api/v1/openapi.json", null).status()).isEqualTo(200);
    }
  }
}
