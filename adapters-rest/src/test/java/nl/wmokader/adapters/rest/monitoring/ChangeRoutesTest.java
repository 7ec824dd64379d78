package nl.wmokader.adapters.rest.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import nl.wmokader.adapters.rest.ApiRoutes;
import nl.wmokader.adapters.rest.WmoKaderRoutes;
import nl.wmokader.adapters.rest.testing.TestServer;
import nl.wmokader.core.WmoKader;
import nl.wmokader.core.indication.domain.Indication;
import nl.wmokader.core.indication.port.in.DecideOnApplicationCommand;
import nl.wmokader.core.indication.port.in.SubmitApplicationCommand;
import nl.wmokader.core.inmemory.InMemoryAdapters;
import nl.wmokader.core.region.RegionGen;
import nl.wmokader.core.region.port.in.DefineRegionCommand;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.SharedGen;
import nl.wmokader.core.testing.MutableClock;
import nl.wmokader.core.testing.SequentialIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The change stream over HTTP: a {@code ready} event on connecting, one {@code change} event after a
 * burst of successful state-changing requests and none after reads or refused requests; who may not
 * read the figures may not follow it; beyond the feed's streams a 503.
 */
class ChangeRoutesTest {
  private static final MunicipalityCode BERNHEZE = MunicipalityCode.of("1721");
  private static final String MEMBER = "municipality:1721";
  /** Long enough that a burst of a few requests falls inside it on a busy machine. */
  private static final Duration COALESCE = Duration.ofMillis(1500);
  private final MutableClock clock = new MutableClock(LocalDate.of(2026, 3, 2));
  private final List<Stream> streams = new ArrayList<>();
  private WmoKader wmo;
  private ChangeFeed feed;
  private TestServer server;

  @BeforeEach
  void a_region_and_a_feed_of_two_streams() {
    wmo = new InMemoryAdapters().builder().clock(clock).ids(new SequentialIds()).build();
    var reference = RegionGen.reference();
    wmo.region().defineRegion().defineRegion(Actor.region(), new DefineRegionCommand(reference.name(), reference.members())).get();
    feed = ChangeFeed.of(2, COALESCE, Duration.ofMillis(200), Duration.ofMinutes(1));
    List<ApiRoutes> routes = new ArrayList<>(WmoKaderRoutes.region(wmo.region()));
    routes.addAll(WmoKaderRoutes.monitoring(wmo.monitoring()));
    routes.add(new ChangeRoutes(feed));
    server = TestServer.start(TestServer.options(), routes);
  }

  @AfterEach
  void stop() {
    streams.forEach(Stream::close);
    server.close();
  }

  private String refusedIndication(int n) {
    Actor staff = Actor.municipality(BERNHEZE);
    Indication applied = wmo.indication().submitApplication().submitApplication(staff,
        SubmitApplicationCommand.withoutReport(client(n), BERNHEZE, Option.none(),
            clock.today())).get();
    return wmo.indication().decideOnApplication().decideOnApplication(staff,
        DecideOnApplicationCommand.refuse(applied.id(), clock.today(), "Voorliggende voorziening volstaat")).get()
        .id().value().toString();
  }

  /** The {@code n}th test-range BSN that passes the eleven-test. */
  private static nl.wmokader.core.shared.Bsn client(int n) {
    int found = -1;
    for (int i = 100; ; i++) {
      Option<nl.wmokader.core.shared.Bsn> bsn = SharedGen.testBsnFrom(i);
      if (bsn.isDefined() && ++found == n) {
        return bsn.get();
      }
    }
  }

  private TestServer.Reply invite(String indication) {
    return server.post("/api/v1/survey/invitations", MEMBER, "{\"indication\":\"" + indication + "\",\"ageBand\":\"65-74\"}");
  }

  @Test
  void a_burst_of_changes_is_one_event_and_reads_and_refusals_are_none() throws Exception {
    String first = refusedIndication(0);
    String second = refusedIndication(1);
    Stream analyst = open("analyst");
    assertThat(analyst.status).isEqualTo(200);
    assertThat(analyst.contentType).startsWith("text/event-stream");
    assertThat(analyst.next(5)).isEqualTo(new Event("ready", "0", "{\"version\":0}"));

    assertThat(invite(first).status()).isEqualTo(201);
    assertThat(invite(second).status()).isEqualTo(201);
    assertThat(analyst.next(10)).isEqualTo(new Event("change", "1", "{\"version\":1}"));
    assertThat(feed.version()).isEqualTo(1);

    assertThat(server.get("/api/v1/survey/results?by=region", "analyst").status()).isEqualTo(200);
    assertThat(server.post("/api/v1/survey/invitations", "analyst", "{\"indication\":\"" + first + "\",\"ageBand\":\"65-74\"}")
        .status()).as("refused: nothing changed").isEqualTo(403);
    assertThat(analyst.next(COALESCE.toMillis() * 2 / 1000 + 1)).as("no event after a read or a refusal").isNull();

    assertThat(invite(refusedIndication(2)).status()).isEqualTo(201);
    assertThat(analyst.next(10)).isEqualTo(new Event("change", "2", "{\"version\":2}"));
  }

  @Test
  void heartbeats_keep_an_idle_stream_open() throws Exception {
    Stream member = open(MEMBER);
    assertThat(member.next(5).name()).isEqualTo("ready");
    assertThat(member.comments.poll(5, TimeUnit.SECONDS)).isEqualTo(": heartbeat");
  }

  @Test
  void without_an_identity_401_and_for_a_provider_403() throws Exception {
    assertThat(open(null).status).isEqualTo(401);
    assertThat(open("provider:98000001").status).isEqualTo(403);
    assertThat(open("supervisor").status).isEqualTo(403);
    assertThat(feed.openStreams()).isZero();
  }

  @Test
  void beyond_the_feeds_streams_503_with_retry_after_and_a_closed_stream_frees_its_place() throws Exception {
    Stream one = open("region");
    Stream two = open("analyst");
    assertThat(one.next(5).name()).isEqualTo("ready");
    assertThat(two.next(5).name()).isEqualTo("ready");
    Stream three = open(MEMBER);
    assertThat(three.status).isEqualTo(503);
    assertThat(three.body).contains("too_many_streams");
    assertThat(three.retryAfter).isEqualTo(String.valueOf(ChangeRoutes.RETRY_AFTER_SECONDS));

    one.close();
    // the server notices a vanished client on its next write: a heartbeat within 200 ms
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (feed.openStreams() > 1 && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(feed.openStreams()).isEqualTo(1);
    Stream four = open(MEMBER);
    assertThat(four.status).isEqualTo(200);
    assertThat(four.next(5).name()).isEqualTo("ready");
  }

  private Stream open(String actor) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.app().port()
        + "/api/v1/monitoring/changes")).header("Accept", "text/event-stream");
    if (actor != null) {
      request.header("Wmo-Actor", actor);
    }
    HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request.build(),
        HttpResponse.BodyHandlers.ofInputStream());
    Stream stream = new Stream(response);
    streams.add(stream);
    return stream;
  }

  record Event(String name, String id, String data) {}

  /** An open response read line by line on a thread of its own, its events and comments queued. */
  private static final class Stream {
    final int status;
    final String contentType;
    final String retryAfter;
    final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    final BlockingQueue<String> comments = new LinkedBlockingQueue<>();
    final InputStream in;
    String body = "";

    Stream(HttpResponse<InputStream> response) throws Exception {
      status = response.statusCode();
      contentType = response.headers().firstValue("Content-Type").orElse("");
      retryAfter = response.headers().firstValue("Retry-After").orElse(null);
      in = response.body();
      if (status != 200) {
        body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        return;
      }
      Thread reader = new Thread(this::read, "test-event-stream");
      reader.setDaemon(true);
      reader.start();
    }

    private void read() {
      try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String name = null;
        String id = null;
        String data = null;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          if (line.startsWith(":")) {
            comments.add(line);
          } else if (line.startsWith("event: ")) {
            name = line.substring(7);
          } else if (line.startsWith("id: ")) {
            id = line.substring(4);
          } else if (line.startsWith("data: ")) {
            data = line.substring(6);
          } else if (line.isEmpty() && name != null) {
            events.add(new Event(name, id, data));
            name = null;
            id = null;
            data = null;
          }
        }
      } catch (java.io.IOException closed) {
        // the test closed the stream
      }
    }

    /** The next event within {@code seconds}, or null. */
    Event next(long seconds) throws InterruptedException {
      return events.poll(seconds, TimeUnit.SECONDS);
    }

    void close() {
      try {
        in.close();
      } catch (java.io.IOException ignored) {
        // closing is all that is asked
      }
    }
  }
}
