package nl.wmokader.adapters.rest.obligations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.router.ParsedEndpoint;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import nl.wmokader.adapters.rest.ApiRoutes;
import nl.wmokader.adapters.rest.RestOptions;
import nl.wmokader.adapters.rest.testing.ProductionRoutes;
import nl.wmokader.adapters.rest.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The obligations' OpenAPI part against the routes Javalin really has, both ways, until the lead
 * wires the routes into {@code WmoKaderRoutes} (then {@code OpenApiDocumentTest} covers them). Also
 * merges the part with every production resource, so no key clashes, and leaves that document in
 * {@code target/openapi-obligations.json} for {@code lint-openapi.sh}.
 */
class ObligationOpenApiTest {
  private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");
  private static final String PART = "/nl/wmokader/adapters/rest/obligations/openapi.json";
  private static ObligationApi api;
  private static TestServer combined;
  private static JsonNode doc;

  @BeforeAll
  static void start() throws IOException {
    api = new ObligationApi();
    List<ApiRoutes> all = new ArrayList<>(ProductionRoutes.overInMemoryAdapters());
    all.addAll(api.routes);
    combined = TestServer.start(RestOptions.defaults(), all);
    TestServer.Reply served = combined.get("/api/v1/openapi.json", null);
    doc = served.json();
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "openapi-obligations.json"), served.body(), StandardCharsets.UTF_8);
  }

  @AfterAll
  static void stop() {
    combined.close();
    api.close();
  }

  @Test
  void the_part_documents_exactly_the_obligation_routes() throws IOException {
    JsonNode part;
    try (InputStream in = ObligationOpenApiTest.class.getResourceAsStream(PART)) {
      part = new ObjectMapper().readTree(in);
    }
    Set<String> documented = new TreeSet<>();
    forEachOperation(part, (key, op) -> documented.add(key.split(" ")[0].toUpperCase() + " /api/v1" + key.split(" ")[1]));
    Set<String> registered = registered(api.server);
    registered.remove("GET /api/v1/openapi.json");
    assertThat(documented).isEqualTo(registered).hasSize(7);
  }

  @Test
  void the_document_with_every_production_resource_documents_every_registered_route_and_no_other() {
    Set<String> documented = new TreeSet<>();
    forEachOperation(doc, (key, op) -> documented.add(key.split(" ")[0].toUpperCase() + " /api/v1" + key.split(" ")[1]));
    assertThat(documented).isEqualTo(registered(combined)).contains("GET /api/v1/dormant-contracts");
  }

  @Test
  void every_obligation_operation_documents_its_errors_and_version_header() {
    List<String> seen = new ArrayList<>();
    forEachOperation(doc, (key, op) -> {
      if (!key.contains("/refusals") && !key.contains("/spending-reports") && !key.contains("/quality-declarations")
          && !key.contains("/obligation-evaluations") && !key.contains("/dormant-contracts")) {
        return;
      }
      seen.add(key);
      assertThat(op.path("operationId").asText()).as(key).isNotBlank();
      JsonNode responses = op.path("responses");
      assertThat(responses.has("401") && responses.has("400") && responses.has("500")).as(key).isTrue();
      if (op.has("requestBody")) {
        assertThat(responses.has("413") && responses.has("415") && responses.has("403")).as(key).isTrue();
      }
      responses.properties().forEach(r -> {
        if (r.getKey().startsWith("2")) {
          assertThat(r.getValue().path("headers").has("API-Version")).as(key + " " + r.getKey()).isTrue();
        }
      });
    });
    assertThat(seen).hasSize(7);
  }

  @Test
  void every_reference_resolves() {
    List<String> refs = new ArrayList<>();
    collectRefs(doc, refs);
    assertThat(refs).contains("#/components/schemas/ObligationEvaluations");
    for (String ref : refs) {
      assertThat(doc.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
    }
  }

  @Test
  void money_is_documented_as_integer_cents() {
    List<String> moneyFields = new ArrayList<>();
    doc.path("components").path("schemas").properties().forEach(schema ->
        schema.getValue().path("properties").properties().forEach(p -> {
          if (p.getKey().toLowerCase().contains("amount") || p.getKey().endsWith("Cents")) {
            moneyFields.add(schema.getKey() + "." + p.getKey());
            assertThat(p.getKey()).as(schema.getKey()).endsWith("Cents");
            assertThat(p.getValue().path("type").asText()).as(p.getKey()).isEqualTo("integer");
          }
        }));
    assertThat(moneyFields).contains("SpendingReportRequest.amountCents", "ObligationEvaluation.shortfallCents");
  }

  private static Set<String> registered(TestServer s) {
    return s.app().unsafe.internalRouter.allHttpHandlers().stream()
        .map((ParsedEndpoint e) -> e.endpoint)
        .filter(e -> e.method.isHttpMethod() && !e.method.name().equals("HEAD"))
        .map(e -> e.method.name() + " " + e.path)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static void forEachOperation(JsonNode document, BiConsumer<String, JsonNode> each) {
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
