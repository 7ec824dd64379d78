package nl.wmokader.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.control.Option;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Adversarial tenant isolation over the whole API: every operation of the OpenAPI document the
 * service serves (the list comes from the document, so a new route is covered without a word here),
 * for every kind of actor, aimed at another tenant's data: path identifiers of the other member's or
 * provider's resources, list filters naming the other tenant. No answer may hold a BSN of a client
 * the actor may not see, nor the identifier of another tenant's claim, assignment or indication;
 * every status must be one the document names for the operation.
 *
 * <p>The data is the demo region the service seeds (five members, a dozen providers, some 300
 * clients with test-range BSNs, indications, assignments, a year of claims, supervision's files):
 * member A and B are the two members with the most clients, providers P and Q the two with the most
 * assignments. A member sees the clients of indications and assignments it is responsible for or
 * that are attributed to it; a provider those it holds an assignment for; the region and the
 * supervisor see the whole region, so for them the requests only check the statuses.
 *
 * <p>Request bodies are {@code {}}: most writes then stop at validation (400), before any tenant's
 * data is touched; the aim here is what reads and refusals give away.
 */
class TenantIsolationTest {
  private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 2).atTime(LocalTime.NOON)
      .atZone(ExampleService.ZONE).toInstant(), ExampleService.ZONE);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([A-Za-z]+)}");
  /** A municipality outside the region (Amsterdam), and an AGB code no provider of the region has. */
  private static final String NON_MEMBER = "0363";
  private static final String UNREGISTERED = "98999999";

  @TempDir
  Path dataDirectory;

  private final Map<String, String> tokens = new java.util.HashMap<>();

  /** Who acts: a development token of the service's key for one actor (as the Wmo-Actor header names it). */
  private HttpRequest.Builder as(HttpRequest.Builder request, String actor) {
    String token = tokens.computeIfAbsent(actor, a -> DevelopmentTokens.inFile(dataDirectory.resolve("key.json"))
        .issue(nl.wmokader.adapters.rest.ActorHeader.parse(a).get(), "isolation-test", java.time.Duration.ofMinutes(30),
            java.time.Clock.systemUTC()));
    return request.header("Authorization", "Bearer " + token);
  }

  /** An actor, the tenant whose data it goes after, and what it must never be shown. */
  private record Attack(String actor, Map<String, String> targetIds, Set<String> forbidden) {}

  @Test
  void no_operation_shows_any_actor_another_tenants_data() throws Exception {
    String dbUrl = ServiceConfig.DEFAULT_DB_URL.replace("./data", dataDirectory.toString());
    try (ExampleService service = ExampleService.start(new ServiceConfig(dbUrl, Option.none(), Option.none(),
        0, ServiceConfig.DEFAULT_HTTP_HOST, Option.none(), new IdentityConfig.Development(dataDirectory.resolve("key.json"))),
        CLOCK);
         Connection db = DriverManager.getConnection(dbUrl)) {
      String base = service.url() + "/api/v1";
      JsonNode document = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(base + "/openapi.json")).build(),
          HttpResponse.BodyHandlers.ofString()).body());

      Tenants tenants = Tenants.of(db);
      List<Attack> attacks = attacks(tenants);

      int requests = 0;
      List<String> leaks = new ArrayList<>();
      List<String> undocumented = new ArrayList<>();
      Set<String> operations = new HashSet<>();
      for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
        Map.Entry<String, JsonNode> path = paths.next();
        for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
          Map.Entry<String, JsonNode> op = ops.next();
          String method = op.getKey().toUpperCase();
          if (!Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)
              || op.getValue().path("responses").path("200").path("content").has("text/event-stream")) {
            // an event stream stays open and carries a version only (ChangeRoutesTest)
            continue;
          }
          operations.add(method + " " + path.getKey());
          Set<String> documented = new HashSet<>();
          op.getValue().path("responses").fieldNames().forEachRemaining(documented::add);
          for (Attack attack : attacks) {
            String concrete = concrete(path.getKey(), attack.targetIds);
            String query = method.equals("GET") ? filters(op.getValue(), attack.targetIds) : "";
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + concrete + query))
                .timeout(Duration.ofSeconds(30));
            request = method.equals("GET") || method.equals("DELETE")
                ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString("{}"));
            HttpResponse<String> answer = HTTP.send(as(request, attack.actor).build(), HttpResponse.BodyHandlers.ofString());
            requests++;
            String what = attack.actor + " " + method + " " + concrete + query + " -> " + answer.statusCode();
            if (!documented.contains(String.valueOf(answer.statusCode())) && !documented.contains("default")) {
              undocumented.add(what + " (documented: " + documented + ")");
            }
            // the problem document's instance is the request's own path: the actor's input, not data
            String body = answer.body().replace("/api/v1" + concrete, "");
            // The public document's examples hold the first test-range BSN, which the demo also gives a
            // client: documentation, no tenant's data. An identifier the request itself carried (a
            // 404's "Assignment … not found", a page's self link) is the actor's input echoed.
            boolean publicDocument = path.getKey().equals("/openapi.json");
            for (String secret : publicDocument ? Set.<String>of() : attack.forbidden) {
              if (body.contains(secret) && !(concrete + query).contains(secret)) {
                int at = body.indexOf(secret);
                leaks.add(what + " shows " + secret + ": …" + body.substring(Math.max(0, at - 160),
                    Math.min(body.length(), at + 60)) + "…");
                break;
              }
            }
          }
        }
      }
      System.out.printf("tenant isolation: %d operations x %d actors, %d requests sent, %d leaks found, "
          + "%d undocumented statuses%n", operations.size(), attacks.size(), requests, leaks.size(), undocumented.size());
      assertThat(operations).as("operations in the document").hasSizeGreaterThan(50);
      assertThat(leaks).as("answers showing another tenant's data").isEmpty();
      assertThat(undocumented).as("statuses the document does not name").isEmpty();
    }
  }

  /** Each actor against the other tenant: A against B and B against A, P against Q, and so on. */
  private static List<Attack> attacks(Tenants t) {
    Set<String> everything = new HashSet<>(t.bsns);
    everything.addAll(t.ownedIds.values().stream().flatMap(Set::stream).toList());
    return List.of(
        new Attack("region", t.idsOf(t.memberB, t.providerQ), Set.of()),
        new Attack("supervisor", t.idsOf(t.memberB, t.providerQ), Set.of()),
        new Attack("municipality:" + t.memberA, t.idsOf(t.memberB, t.providerQ), t.forbiddenTo(t.memberA)),
        new Attack("municipality:" + t.memberB, t.idsOf(t.memberA, t.providerP), t.forbiddenTo(t.memberB)),
        new Attack("municipality:" + NON_MEMBER, t.idsOf(t.memberA, t.providerP), everything),
        new Attack("provider:" + t.providerP, t.idsOf(t.memberB, t.providerQ), t.forbiddenTo(t.providerP)),
        new Attack("provider:" + t.providerQ, t.idsOf(t.memberA, t.providerP), t.forbiddenTo(t.providerQ)),
        new Attack("provider:" + UNREGISTERED, t.idsOf(t.memberA, t.providerP), everything));
  }

  /** {@code template} with each path parameter set to the target's identifier of that kind. */
  private static String concrete(String template, Map<String, String> ids) {
    Matcher m = PATH_PARAMETER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String id = ids.get(m.group(1));
      if (id == null) {
        throw new AssertionError("no identifier of the other tenant for path parameter {" + m.group(1) + "} of "
            + template + ": add it to Tenants");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(id));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The list filters the operation documents that name a tenant, set to the other tenant. */
  private static String filters(JsonNode operation, Map<String, String> ids) {
    StringBuilder query = new StringBuilder();
    for (JsonNode parameter : operation.path("parameters")) {
      if (!"query".equals(parameter.path("in").asText())) {
        continue;
      }
      String name = parameter.path("name").asText();
      String value = switch (name) {
        case "provider" -> ids.get("agbCode");
        case "municipality", "member", "responsibleMunicipality" -> ids.get("municipalityCode");
        case "indication" -> ids.get("indicationId");
        case "assignment" -> ids.get("assignmentId");
        case "contract" -> ids.get("contractId");
        case "client", "bsn" -> ids.get("bsn");
        // a period in months, where the operation takes one (the figures need both ends)
        case "from", "until" -> operation.path("operationId").asText().equals("getMonitoringFigures")
            ? ids.get("month") : null;
        default -> null;
      };
      if (value != null) {
        query.append(query.length() == 0 ? "?" : "&").append(name).append('=').append(value);
      }
    }
    return query.toString();
  }

  /** Who owns what in the seeded demo region, read from its tables. */
  private static final class Tenants {
    String memberA;
    String memberB;
    String providerP;
    String providerQ;
    final Set<String> bsns = new HashSet<>();
    /** Identifiers owned, by owner ("municipality:0828", "provider:98000001"). */
    final Map<String, Set<String>> ownedIds = new LinkedHashMap<>();
    /** BSNs visible, by owner. */
    final Map<String, Set<String>> visibleBsns = new LinkedHashMap<>();
    /** One identifier of each kind (path parameter name) per owner. */
    final Map<String, Map<String, String>> sample = new LinkedHashMap<>();
    String productCode;
    String month;
    String year;

    static Tenants of(Connection db) throws SQLException {
      Tenants t = new Tenants();
      List<String[]> members = rows(db, "SELECT m, count(DISTINCT client) FROM (SELECT responsible AS m, client "
          + "FROM wmo_assignment UNION ALL SELECT responsible_municipality, client FROM wmo_indication) x "
          + "GROUP BY m ORDER BY 2 DESC, 1");
      t.memberA = members.get(0)[0].trim();
      t.memberB = members.get(1)[0].trim();
      List<String[]> providers = rows(db, "SELECT provider, count(*) FROM wmo_assignment GROUP BY provider "
          + "ORDER BY 2 DESC, 1");
      t.providerP = providers.get(0)[0].trim();
      t.providerQ = providers.get(1)[0].trim();
      for (String[] r : rows(db, "SELECT client FROM wmo_indication UNION SELECT client FROM wmo_assignment")) {
        t.bsns.add(r[0].trim());
      }
      for (String bsn : t.bsns) {
        assertThat(bsn.startsWith("9999") && ConnectionLossLogsPostgresTest.passesElevenTest(bsn))
            .as("a test-range BSN: " + bsn).isTrue();
      }
      // members: indications and assignments they are responsible for, or that are attributed to them
      for (String[] r : rows(db, "SELECT id, client, responsible_municipality, attributed_to FROM wmo_indication")) {
        t.own("municipality:" + r[2], "indicationId", r[0], r[1]);
        if (r[3] != null) {
          t.own("municipality:" + r[3], "indicationId", r[0], r[1]);
        }
      }
      for (String[] r : rows(db, "SELECT id, client, responsible, attributed_to, provider FROM wmo_assignment")) {
        t.own("municipality:" + r[2], "assignmentId", r[0], r[1]);
        if (r[3] != null) {
          t.own("municipality:" + r[3], "assignmentId", r[0], r[1]);
        }
        t.own("provider:" + r[4], "assignmentId", r[0], r[1]);
      }
      for (String[] r : rows(db, "SELECT id, provider, municipality FROM wmo_claim")) {
        t.own("provider:" + r[1], "claimId", r[0], null);
        t.own("municipality:" + r[2], "claimId", r[0], null);
      }
      for (String[] r : rows(db, "SELECT id, provider FROM wmo_contract")) {
        t.sampleOnly("provider:" + r[1], "contractId", r[0]);
      }
      for (String[] r : rows(db, "SELECT r.id, c.provider FROM wmo_contract_client_stop_request r "
          + "JOIN wmo_contract c ON c.id = r.contract_id")) {
        t.sampleOnly("provider:" + r[1], "requestId", r[0]);
      }
      for (String table : List.of("wmo_calamity:calamityId", "wmo_signal:signalId", "wmo_investigation:investigationId",
          "wmo_refusal:refusalId")) {
        String[] parts = table.split(":");
        for (String[] r : rows(db, "SELECT id, provider FROM " + parts[0])) {
          t.sampleOnly("provider:" + r[1], parts[1], r[0]);
        }
      }
      t.productCode = rows(db, "SELECT product FROM wmo_assignment WHERE product IS NOT NULL").get(0)[0].trim();
      t.month = "2026-10";
      t.year = "2026";
      return t;
    }

    private void own(String owner, String kind, String id, String bsn) {
      owner = owner.trim();
      ownedIds.computeIfAbsent(owner, o -> new HashSet<>()).add(id);
      sampleOnly(owner, kind, id);
      if (bsn != null) {
        visibleBsns.computeIfAbsent(owner, o -> new HashSet<>()).add(bsn.trim());
        sample.get(owner).putIfAbsent("bsn", bsn.trim());
      }
    }

    private void sampleOnly(String owner, String kind, String id) {
      sample.computeIfAbsent(owner.trim(), o -> new LinkedHashMap<>()).putIfAbsent(kind, id);
    }

    /** Path identifiers of member {@code member}'s and provider {@code provider}'s resources. */
    Map<String, String> idsOf(String member, String provider) {
      Map<String, String> ids = new LinkedHashMap<>();
      ids.putAll(sample.getOrDefault("provider:" + provider, Map.of()));
      ids.putAll(sample.getOrDefault("municipality:" + member, Map.of()));
      // a kind of resource the demo gave this tenant none of: an identifier no one has (a 404 must not tell more)
      for (String kind : List.of("assignmentId", "indicationId", "claimId", "contractId", "requestId", "calamityId",
          "signalId", "investigationId", "refusalId")) {
        ids.putIfAbsent(kind, java.util.UUID.nameUUIDFromBytes((member + provider + kind).getBytes()).toString());
      }
      ids.put("agbCode", provider);
      ids.put("municipalityCode", member);
      ids.put("productCode", productCode);
      ids.put("month", month);
      ids.put("year", year);
      ids.put("index", "0");
      // the monitoring figures' tables belong to no tenant: the region's members compare them
      ids.put("table", "use");
      return ids;
    }

    /** What {@code owner} may not be shown: BSNs it does not see, identifiers of what others own alone. */
    Set<String> forbiddenTo(String tenant) {
      String owner = (tenant.length() == 4 ? "municipality:" : "provider:") + tenant;
      Set<String> forbidden = new HashSet<>(bsns);
      forbidden.removeAll(visibleBsns.getOrDefault(owner, Set.of()));
      String kind = tenant.length() == 4 ? "municipality:" : "provider:";
      Set<String> mine = ownedIds.getOrDefault(owner, Set.of());
      for (Map.Entry<String, Set<String>> e : ownedIds.entrySet()) {
        if (e.getKey().startsWith(kind) && !e.getKey().equals(owner)) {
          for (String id : e.getValue()) {
            if (!mine.contains(id)) {
              forbidden.add(id);
            }
          }
        }
      }
      return forbidden;
    }
  }

  private static List<String[]> rows(Connection db, String sql) throws SQLException {
    List<String[]> rows = new ArrayList<>();
    try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        String[] row = new String[columns];
        for (int i = 0; i < columns; i++) {
          row[i] = rs.getString(i + 1);
        }
        rows.add(row);
      }
    }
    return rows;
  }
}
