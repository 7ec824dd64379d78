package nl.wmokader.adapters.rest.indication;

import static nl.wmokader.core.testing.Results.right;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import nl.wmokader.adapters.rest.RestOptions;
import nl.wmokader.adapters.rest.testing.TestServer;
import nl.wmokader.core.WmoKader;
import nl.wmokader.core.catalogue.domain.ExecutionVariant;
import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.catalogue.port.in.DefineProductCommand;
import nl.wmokader.core.catalogue.port.in.SetReferenceTariffCommand;
import nl.wmokader.core.contracting.ContractingGen;
import nl.wmokader.core.contracting.port.in.ContractProviderCommand;
import nl.wmokader.core.contracting.port.in.NewLot;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.indication.domain.DeliveryForm;
import nl.wmokader.core.indication.domain.Indication;
import nl.wmokader.core.indication.domain.IndicationId;
import nl.wmokader.core.indication.port.in.DecideOnApplicationCommand;
import nl.wmokader.core.indication.port.in.GrantTerms;
import nl.wmokader.core.indication.port.in.SubmitApplicationCommand;
import nl.wmokader.core.inmemory.InMemoryAdapters;
import nl.wmokader.core.inmemory.InMemoryApprovedClaims;
import nl.wmokader.core.region.RegionGen;
import nl.wmokader.core.region.port.in.DefineRegionCommand;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.SharedGen;
import nl.wmokader.core.testing.MutableClock;
import nl.wmokader.core.testing.SequentialIds;

/**
 * The scene, set through the facade over in-memory adapters: the reference region, the guidance
 * product, two contracted providers and one without a contract. Grants are decided through the
 * facade too; everything about assignments then goes over HTTP to the assignment resources.
 */
final class AssignmentApi implements AutoCloseable {
  static final MunicipalityCode BERNHEZE = MunicipalityCode.of("1721");
  static final String BERNHEZE_STAFF = "municipality:1721";
  static final String BOEKEL_STAFF = "municipality:0755";
  static final String MAASOEVER = "98000001";
  static final String ZORGKRACHT = "98000003";
  static final String NOT_CONTRACTED = "98000002";
  static final String AS_MAASOEVER = "provider:" + MAASOEVER;
  static final String AS_ZORGKRACHT = "provider:" + ZORGKRACHT;
  static final ProductCode GUIDANCE = ProductCode.of("02A01");
  static final LocalDate GRANT_FROM = LocalDate.of(2026, 2, 1);
  static final LocalDate GRANT_UNTIL = LocalDate.of(2026, 12, 31);
  /** The day assignments are issued, unless a test moves the clock. */
  static final LocalDate ISSUE_DAY = LocalDate.of(2026, 1, 29);
  static final String ABSENT_ID = "0f8fa6e2-3c1b-4a57-9d2e-6b1c2f3a4d5e";

  final MutableClock clock = new MutableClock(LocalDate.of(2026, 1, 21));
  final InMemoryAdapters adapters = new InMemoryAdapters();
  /** Stands in for approved claims, so that a test can mark an assignment claimed without submitting one. */
  final InMemoryApprovedClaims approvedClaims = new InMemoryApprovedClaims();
  final WmoKader wmo = adapters.builder().approvedClaims(approvedClaims).clock(clock).ids(new SequentialIds()).build();
  final TestServer server;
  private int clients;

  AssignmentApi() {
    this(TestServer.options());
  }

  AssignmentApi(RestOptions options) {
    Actor region = Actor.region();
    var reference = RegionGen.reference();
    right(wmo.region().defineRegion().defineRegion(region, new DefineRegionCommand(reference.name(), reference.members())));
    right(wmo.catalogue().defineProduct().defineProduct(region, new DefineProductCommand(GUIDANCE, ProductCategory.GUIDANCE,
        "Individuele begeleiding (demo)", Unit.HOUR, ExecutionVariant.EFFORT_BASED, Option.some(Frequency.PER_WEEK),
        LocalDate.of(2024, 1, 1), Option.none(), Option.none())));
    right(wmo.catalogue().setReferenceTariff().setReferenceTariff(region,
        new SetReferenceTariffCommand(GUIDANCE, Money.euros(65, 40), LocalDate.of(2026, 1, 1), Option.none())));
    DateRange period = DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31));
    for (String agb : java.util.List.of(MAASOEVER, ZORGKRACHT, NOT_CONTRACTED)) {
      right(wmo.contracting().registerProvider().registerProvider(region, ContractingGen.registration(AgbCode.of(agb), "Aanbieder " + agb)));
      if (!agb.equals(NOT_CONTRACTED)) {
        right(wmo.contracting().contractProvider().contractProvider(region, new ContractProviderCommand(AgbCode.of(agb), period,
            List.of(new NewLot(GUIDANCE, period, Option.none())))));
      }
    }
    clock.set(ISSUE_DAY);
    server = TestServer.start(options, java.util.List.of(
        new AssignmentRoutes(wmo.indication().issueAssignment(), wmo.indication().extendAssignment(), wmo.indication().changeAssignmentVolume(),
            wmo.indication().deleteAssignment(), wmo.indication().getAssignment(), wmo.indication().listAssignments()),
        new DeliveryRoutes(wmo.indication().reportDeliveryStart(), wmo.indication().reportDeliveryStop()),
        new AssignmentRequestRoutes(wmo.indication().submitAssignmentRequest(), wmo.indication().submitChangeRequest(),
            wmo.indication().grantAssignmentRequest(), wmo.indication().refuseAssignmentRequest(),
            wmo.indication().getAssignmentRequest(), wmo.indication().listAssignmentRequests()),
        nl.wmokader.adapters.rest.WmoKaderRoutes.iwmo(wmo, new nl.wmokader.adapters.rest.iwmo.InMemoryIwmoMessageLog()),
        new WaitingTimeRoutes(wmo.indication().listWaitingTimes())));
  }

  /** A new test-range client of Bernheze. */
  Bsn newClient() {
    return SharedGen.testBsnFrom(1000 + clients++).get();
  }

  /** A case of Bernheze for a new client with 3 hours of guidance a week in kind, granted through the facade. */
  IndicationId granted() {
    return granted(newClient());
  }

  IndicationId granted(Bsn client) {
    Actor staff = Actor.municipality(BERNHEZE);
    LocalDate today = clock.today();
    Indication applied = right(wmo.indication().submitApplication().submitApplication(staff,
        SubmitApplicationCommand.withoutReport(client, BERNHEZE, Option.none(), today)));
    right(wmo.indication().decideOnApplication().decideOnApplication(staff, DecideOnApplicationCommand.grant(applied.id(), today,
        new GrantTerms(ProductCategory.GUIDANCE, Option.some(GUIDANCE), DeliveryForm.IN_KIND, 3, Unit.HOUR,
            Frequency.PER_WEEK, GRANT_FROM, Option.some(GRANT_UNTIL), List.of("Keeps the daily routine"),
            LocalDate.of(2026, 6, 30)))));
    return applied.id();
  }

  /** An application without a decision yet: nothing to assign. */
  IndicationId applied() {
    return right(wmo.indication().submitApplication().submitApplication(Actor.municipality(BERNHEZE),
        SubmitApplicationCommand.withoutReport(newClient(), BERNHEZE, Option.none(), clock.today()))).id();
  }

  /** The body issuing {@code indication}'s grant to {@code provider}: 3 hours a week for the grant's whole validity. */
  static String issueBody(IndicationId indication, String provider) {
    return "{\"indication\":\"" + indication + "\",\"provider\":\"" + provider + "\",\"type\":\"SPECIFIC\","
        + "\"product\":\"02A01\",\"volume\":{\"quantity\":3,\"unit\":\"HOUR\",\"frequency\":\"PER_WEEK\"},"
        + "\"start\":\"2026-02-01\",\"end\":\"2026-12-31\"}";
  }

  /** Issues over HTTP as Bernheze's staff; the new assignment's id. */
  String issued(IndicationId indication, String provider) {
    TestServer.Reply reply = server.post("/api/v1/assignments", BERNHEZE_STAFF, issueBody(indication, provider));
    if (reply.status() != 201) {
      throw new IllegalStateException("could not issue: " + reply);
    }
    return reply.json().path("id").asText();
  }

  /** A fresh grant issued to {@code provider}. */
  String issued(String provider) {
    return issued(granted(), provider);
  }

  /** Issued to {@code provider}, delivering since {@code ISSUE_DAY + 11} (the clock is moved there). */
  String delivering(String provider) {
    String id = issued(provider);
    clock.set(LocalDate.of(2026, 2, 9));
    TestServer.Reply reply = server.post("/api/v1/assignments/" + id + "/delivery-start", "provider:" + provider,
        "{\"date\":\"2026-02-09\"}");
    if (reply.status() != 200) {
      throw new IllegalStateException("could not start delivery: " + reply);
    }
    return id;
  }

  /**
   * A request on a connection of its own. After a 413 or a request line Jetty refuses (%00, bad
   * UTF-8), the server may close the connection without reading on; the shared client would then
   * send the next test's request into that closed connection. One retry when no answer came at all:
   * a body still on its way when the server answers 413 and closes can reset the connection before
   * the client has read the answer (a transport race; the retry must still get the 413 problem).
   */
  TestServer.Reply onFreshConnection(String method, String path, String actor, String body) {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.app().port() + path))
        .timeout(Duration.ofSeconds(20)).header("Wmo-Actor", actor)
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    try {
      HttpResponse<String> response;
      try {
        response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      } catch (IOException noAnswer) {
        response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      }
      return new TestServer.Reply(response.statusCode(), response.headers().map(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  Seq<Assignment> stored() {
    return adapters.assignments().all();
  }

  Assignment stored(String id) {
    return adapters.assignments().findById(new AssignmentId(java.util.UUID.fromString(id))).get();
  }

  @Override
  public void close() {
    server.close();
  }
}
