package nl.wmokader.adapters.rest.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wmokader.adapters.rest.fuzz.ApiDocument.Operation;
import nl.wmokader.adapters.rest.testing.TestServer;
import org.junit.jupiter.api.Test;

/**
 * The API against its own OpenAPI document: thousands of requests generated from the served
 * document, valid and invalid, for every operation and from several actors, over every production
 * route. No answer may be a server error, have a status the operation does not document, or break
 * the schema documented for its status and content type.
 *
 * <p>Reproducible: the seed is printed, and {@code -Dwmo.fuzz.seed=N} runs that seed again;
 * {@code -Dwmo.fuzz.requests=N} sends more (or fewer) requests. The summary line is printed and left
 * in {@code target/fuzz-summary.txt}.
 */
class FuzzOpenApiTest {
  private static final long DEFAULT_SEED = 20_261_207L;
  private static final int MIN_REQUESTS = 5_000;
  private static final int MAX_FAILURES_SHOWN = 40;

  @Test
  void every_operation_answers_generated_requests_as_its_document_promises() throws IOException {
    long seed = Long.getLong("wmo.fuzz.seed", DEFAULT_SEED);
    int requests = Integer.getInteger("wmo.fuzz.requests", 6_000);
    System.out.println("FUZZ seed=" + seed + " (rerun with -Dwmo.fuzz.seed=" + seed + ")");
    long started = System.nanoTime();
    try (FuzzWorld world = new FuzzWorld()) {
      ApiDocument document = new ApiDocument(world.server.get("/api/v1/openapi.json", null).json());
      Random random = new Random(seed);
      ValueGenerator values = new ValueGenerator(document, world.known, FuzzWorld.TODAY, random);
      RequestGenerator generator = new RequestGenerator(document, values, random);
      ResponseCheck check = new ResponseCheck(new SchemaValidator(document));
      Harvest harvest = Harvest.of(document);

      List<Operation> operations = new ArrayList<>(document.operations());
      // an event stream stays open until the client goes: not a request-and-answer to fuzz
      // (ChangeRoutesTest speaks to it as a stream)
      operations.removeIf(op -> op.responses().getOrDefault("200", Map.of()).containsKey("text/event-stream"));
      Map<String, Integer> perOperation = new TreeMap<>();
      Map<String, Integer> successes = new TreeMap<>();
      Map<String, String> lastRefusalOfValid = new TreeMap<>();
      Map<Integer, Integer> perStatus = new TreeMap<>();
      Map<String, Integer> perKind = new TreeMap<>();
      List<String> failures = new ArrayList<>();
      int sent = 0;
      int rounds = (requests + operations.size() - 1) / operations.size();
      for (int round = 0; round < rounds; round++) {
        Collections.shuffle(operations, random);
        for (Operation op : operations) {
          FuzzRequest request = generator.next(op);
          TestServer.Reply reply = world.server.send(op.method(), request.target(),
              FuzzActors.credential(request.actor()), request.contentType(), request.body());
          sent++;
          perOperation.merge(op.key(), 1, Integer::sum);
          perStatus.merge(reply.status(), 1, Integer::sum);
          successes.merge(op.key(), reply.status() / 100 == 2 ? 1 : 0, Integer::sum);
          if (request.kind().equals("valid") && reply.status() / 100 != 2) {
            lastRefusalOfValid.put(op.key(), request.describe() + "\n    answer:  " + brief(reply));
          }
          perKind.merge(request.kind().replaceFirst(":.*", ""), 1, Integer::sum);
          for (String broken : check.check(request, reply)) {
            failures.add(broken + "\n    request: " + request.describe() + "\n    answer:  " + brief(reply));
          }
          harvest.collect(request, reply, world.known);
          generator.answered(request, reply.status());
        }
      }
      long seconds = (System.nanoTime() - started) / 1_000_000_000L;
      String summary = "FUZZ summary: seed=" + seed + " requests=" + sent + " operations=" + perOperation.size()
          + "/" + document.operations().size() + " failures=" + failures.size() + " seconds=" + seconds
          + " statuses=" + perStatus + " kinds=" + perKind;
      System.out.println(summary);
      Files.createDirectories(Path.of("target"));
      List<String> neverSucceeded = successes.entrySet().stream().filter(e -> e.getValue() == 0).map(Map.Entry::getKey).toList();
      Files.writeString(Path.of("target", "fuzz-summary.txt"), summary + "\nnever 2xx (" + neverSucceeded.size() + "): "
          + neverSucceeded + "\n" + String.join("\n", failures) + "\n\nthe last refusal of a valid request, per operation never 2xx:\n"
          + neverSucceeded.stream().map(k -> k + ": " + lastRefusalOfValid.get(k)).collect(java.util.stream.Collectors.joining("\n"))
          + "\n", StandardCharsets.UTF_8);

      assertThat(sent).isGreaterThanOrEqualTo(Math.min(requests, MIN_REQUESTS));
      for (Operation op : operations) {
        assertThat(perOperation.getOrDefault(op.key(), 0)).as(op.key() + " got requests").isPositive();
      }
      assertThat(failures).as(summary + "\nfirst failures:\n"
          + String.join("\n", failures.subList(0, Math.min(MAX_FAILURES_SHOWN, failures.size())))).isEmpty();
    }
  }

  private static String brief(TestServer.Reply reply) {
    String body = reply.body();
    return reply.status() + " " + reply.contentType() + " " + (body.length() > 400 ? body.substring(0, 400) + "…" : body);
  }

  /**
   * The identifiers of what a valid request created, made known under the name of the path
   * parameter that addresses it ({@code POST /signals} answers a signal, {@code /signals/{signalId}}
   * addresses one), so later requests reach the new resources.
   */
  record Harvest(Map<String, String> nameByOperation) {
    static Harvest of(ApiDocument document) {
      Map<String, String> names = new LinkedHashMap<>();
      Pattern next = Pattern.compile("^/\\{([A-Za-z]+)}");
      for (Operation creator : document.operations()) {
        if (!creator.method().equals("POST") || !creator.responses().containsKey("201")) {
          continue;
        }
        for (Operation other : document.operations()) {
          if (other.path().startsWith(creator.path() + "/")) {
            Matcher m = next.matcher(other.path().substring(creator.path().length()));
            if (m.find()) {
              names.put(creator.key(), m.group(1));
            }
          }
        }
      }
      return new Harvest(Map.copyOf(names));
    }

    void collect(FuzzRequest request, TestServer.Reply reply, KnownValues known) {
      String name = nameByOperation.get(request.operation().key());
      if (name == null || reply.status() != 201) {
        return;
      }
      String id = reply.json().path("id").asText("");
      if (id.isEmpty()) {
        id = reply.header("Location").map(l -> l.substring(l.lastIndexOf('/') + 1)).orElse("");
      }
      if (!id.isEmpty()) {
        known.add(name, id);
      }
    }
  }
}
