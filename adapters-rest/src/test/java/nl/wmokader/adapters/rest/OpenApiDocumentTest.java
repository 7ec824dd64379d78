package nl.wmokader.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.router.ParsedEndpoint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.wmokader.adapters.rest.testing.ProbeRoutes;
import nl.wmokader.adapters.rest.testing.ProductionRoutes;
import nl.wmokader.adapters.rest.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The served OpenAPI document against the routes Javalin really has, both ways, over every production
 * resource. Also leaves the document in {@code target/openapi.json} for {@code lint-openapi.sh}.
 */
class OpenApiDocumentTest {
  private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");
  private static TestServer server;
  private static TestServer.Reply served;
  private static JsonNode doc;

  @BeforeAll
  static void start() throws IOException {
    server = TestServer.start(TestServer.options(), ProductionRoutes.overInMemoryAdapters());
    served = server.get("/api/v1/openapi.json", null);
    doc = served.json();
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "openapi.json"), served.body(), StandardCharsets.UTF_8);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void is_served_without_an_actor_as_openapi_3_0_with_the_version_of_the_header() {
    assertThat(served.status()).isEqualTo(200);
    assertThat(served.contentType()).startsWith("application/json");
    assertThat(doc.path("openapi").asText()).startsWith("3.0.");
    assertThat(served.header("API-Version")).hasValue(doc.path("info").path("version").asText());
    assertThat(doc.path("servers").get(0).path("url").asText()).isEqualTo(WmoRestApi.BASE_PATH);
  }

  /**
   * The API's contract does not change by accident: paths, operations, parameters and schemas as
   * recorded in {@code openapi-snapshot.json} (the document served when the composition of issue 11
   * began). A deliberate change of the API replaces the snapshot with {@code target/openapi.json}
   * in the same commit.
   */
  @Test
  void keeps_the_recorded_paths_operations_parameters_and_schemas() throws IOException {
    JsonNode snapshot;
    try (var in = OpenApiDocumentTest.class.getResourceAsStream("openapi-snapshot.json")) {
      snapshot = new com.fasterxml.jackson.databind.ObjectMapper().readTree(in);
    }
    assertThat(names(doc.path("paths"))).isEqualTo(names(snapshot.path("paths")));
    doc.path("paths").fields().forEachRemaining(path ->
        assertThat(path.getValue()).as(path.getKey()).isEqualTo(snapshot.path("paths").path(path.getKey())));
    assertThat(doc.path("components")).isEqualTo(snapshot.path("components"));
  }

  private static Set<String> names(JsonNode object) {
    Set<String> names = new TreeSet<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void documents_every_registered_route_and_no_other() {
    assertThat(documented(doc)).isEqualTo(registered(server)).isNotEmpty();
  }

  @Test
  void the_probe_routes_are_documented_both_ways_too() {
    List<ApiRoutes> routes = new ArrayList<>(ProductionRoutes.overInMemoryAdapters());
    routes.add(new ProbeRoutes(1));
    try (TestServer probes = TestServer.start(TestServer.options(), routes)) {
      JsonNode probeDoc = probes.get("/api/v1/openapi.json", null).json();
      assertThat(documented(probeDoc)).isEqualTo(registered(probes)).contains("GET /api/v1/probes");
    }
  }

  @Test
  void documents_bearer_tokens_required_by_default_and_no_other_scheme() {
    JsonNode schemes = doc.path("components").path("securitySchemes");
    assertThat(names(schemes)).containsExactly("bearerAuth");
    JsonNode scheme = schemes.path("bearerAuth");
    assertThat(scheme.path("type").asText()).isEqualTo("http");
    assertThat(scheme.path("scheme").asText()).isEqualTo("bearer");
    assertThat(scheme.path("bearerFormat").asText()).isEqualTo("JWT");
    assertThat(doc.path("security")).hasSize(1);
    assertThat(doc.path("security").get(0).has("bearerAuth")).isTrue();
  }

  @Test
  void every_operation_documents_its_errors_and_version_header() {
    forEachOperation(doc, (key, op) -> {
      assertThat(op.path("operationId").asText()).as(key).isNotBlank();
      JsonNode responses = op.path("responses");
      boolean secured = !(op.has("security") && op.get("security").isEmpty());
      if (secured) {
        assertThat(responses.has("401")).as(key + " documents 401").isTrue();
        assertThat(responses.path("403").path("$ref").asText()).as(key + " documents 403 (a party the region does not know)")
            .isEqualTo("#/components/responses/Forbidden");
        assertThat(responses.path("429").path("$ref").asText()).as(key + " documents 429 (the rate limit)")
            .isEqualTo("#/components/responses/TooManyRequests");
        assertThat(responses.path("503").path("$ref").asText()).as(key + " documents 503 (a busy database)")
            .isEqualTo("#/components/responses/ServiceUnavailable");
      }
      if (op.has("requestBody")) {
        assertThat(responses.has("400") && responses.has("413") && responses.has("415"))
            .as(key + " documents 400, 413 and 415").isTrue();
      }
      responses.properties().forEach(r -> {
        if (r.getKey().startsWith("2")) {
          assertThat(r.getValue().path("headers").has("API-Version")).as(key + " " + r.getKey()).isTrue();
        }
      });
    });
  }

  /**
   * Every route refuses a query parameter its operation does not document (400, unknown_field),
   * those without any parameter too: so every operation documents a 400. The fuzz suite found three
   * that did not (the document, the region, the arrangement).
   */
  @Test
  void every_operation_documents_the_400_of_an_unknown_query_parameter() {
    forEachOperation(doc, (key, op) -> assertThat(op.path("responses").has("400")).as(key + " documents 400").isTrue());
    for (String path : List.of("/api/v1/openapi.json", "/api/v1/region", "/api/v1/arrangement")) {
      TestServer.Reply reply = server.get(path + "?colour=blue", "region");
      assertThat(reply.status()).as(path).isEqualTo(400);
      assertThat(reply.invalidParams()).as(path).containsExactly("colour:unknown_field");
    }
  }

  @Test
  void every_reference_resolves() {
    List<String> refs = new ArrayList<>();
    collectRefs(doc, refs);
    assertThat(refs).isNotEmpty();
    for (String ref : refs) {
      assertThat(doc.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
    }
  }

  @Test
  void a_resource_without_its_openapi_part_is_refused() {
    ApiRoutes undocumented = router -> router.get("/things", call -> call.json(200, List.of()));
    assertThatThrownBy(() -> WmoRestApi.create(TestServer.options(), List.of(undocumented)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("openapi.json");
  }

  @Test
  void a_path_against_the_design_rules_is_refused() {
    for (String path : List.of("/things/", "/Things", "/some_things", "things", "/things//x", "/things/{Id}")) {
      ApiRoutes bad = ProbeRoutes.registering(router -> router.get(path, call -> call.json(200, List.of())));
      assertThatThrownBy(() -> WmoRestApi.create(TestServer.options(), List.of(bad))).as(path).isInstanceOf(IllegalArgumentException.class);
    }
  }

  private static Set<String> registered(TestServer s) {
    return s.app().unsafe.internalRouter.allHttpHandlers().stream()
        .map((ParsedEndpoint e) -> e.endpoint)
        .filter(e -> e.method.isHttpMethod() && !e.method.name().equals("HEAD"))  // HEAD goes with every GET
        .map(e -> e.method.name() + " " + e.path)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> documented(JsonNode document) {
    String base = document.path("servers").get(0).path("url").asText();
    Set<String> out = new TreeSet<>();
    forEachOperation(document, (key, op) -> out.add(key.split(" ")[0].toUpperCase() + " " + base + key.split(" ")[1]));
    return out;
  }

  private static void forEachOperation(JsonNode document, java.util.function.BiConsumer<String, JsonNode> each) {
    for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
      path.getValue().properties().forEach(op -> {
        if (METHODS.contains(op.getKey())) {
          each.accept(op.getKey() + " " + path.getKey(), op.getValue());
        }
      });
    }
  }

  private static void collectRefs(JsonNode node, List<String> refs) {
    if (node.isObject()) {
      node.properties().forEach(f -> {
        if (f.getKey().equals("$ref")) {
          refs.add(f.getValue().asText());
        } else {
          collectRefs(f.getValue(), refs);
        }
      });
    } else if (node.isArray()) {
      node.forEach(n -> collectRefs(n, refs));
    }
  }
}
