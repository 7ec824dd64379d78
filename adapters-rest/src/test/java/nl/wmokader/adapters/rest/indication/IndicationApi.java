package nl.wmokader.adapters.rest.indication;

import static nl.wmokader.core.testing.Results.right;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.adapters.rest.RestOptions;
import nl.wmokader.adapters.rest.WmoKaderRoutes;
import nl.wmokader.adapters.rest.testing.TestServer;
import nl.wmokader.core.WmoKader;
import nl.wmokader.core.catalogue.domain.ExecutionVariant;
import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.catalogue.port.in.DefineProductCommand;
import nl.wmokader.core.indication.domain.Indication;
import nl.wmokader.core.inmemory.InMemoryAdapters;
import nl.wmokader.core.region.RegionGen;
import nl.wmokader.core.region.port.in.DefineRegionCommand;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.PageRequest;
import nl.wmokader.core.shared.SharedGen;
import nl.wmokader.core.testing.MutableClock;
import nl.wmokader.core.testing.SequentialIds;

/**
 * Every production resource over a facade on in-memory adapters, on a random port, with the
 * reference region (Oss central; Bernheze, Boekel, …) and a catalogue holding guidance (02A01,
 * hours) and sheltered housing (15A01, days) defined through the facade. Today is moved by tests.
 */
final class IndicationApi implements AutoCloseable {
  static final String OSS = "0828";
  static final String BERNHEZE = "1721";
  static final String BOEKEL = "0755";
  static final String CLIENT = SharedGen.testBsnFrom(1234).get().value();
  static final String OTHER_CLIENT = SharedGen.testBsnFrom(4321).get().value();

  final InMemoryAdapters adapters = new InMemoryAdapters();
  final MutableClock clock = new MutableClock(LocalDate.of(2026, 1, 5));
  final WmoKader wmo = adapters.builder().clock(clock).ids(new SequentialIds()).build();
  final TestServer server;

  IndicationApi() {
    this(TestServer.options(), true);
  }

  IndicationApi(RestOptions options) {
    this(options, true);
  }

  /** Nothing defined: no region, no catalogue. */
  static IndicationApi withoutRegion() {
    return new IndicationApi(TestServer.options(), false);
  }

  private IndicationApi(RestOptions options, boolean defined) {
    server = TestServer.start(options, WmoKaderRoutes.of(wmo));
    if (!defined) {
      return;
    }
    var reference = RegionGen.reference();
    right(wmo.region().defineRegion().defineRegion(Actor.region(), new DefineRegionCommand(reference.name(), reference.members())));
    right(wmo.catalogue().defineProduct().defineProduct(Actor.region(), new DefineProductCommand(ProductCode.of("02A01"),
        ProductCategory.GUIDANCE, "Individuele begeleiding (demo)", Unit.HOUR, ExecutionVariant.EFFORT_BASED,
        Option.some(Frequency.PER_WEEK), LocalDate.of(2024, 1, 1), Option.none(), Option.none())));
    right(wmo.catalogue().defineProduct().defineProduct(Actor.region(), new DefineProductCommand(ProductCode.of("15A01"),
        ProductCategory.SHELTERED_HOUSING, "Beschermd wonen (demo)", Unit.DAY_AND_NIGHT, ExecutionVariant.EFFORT_BASED,
        Option.some(Frequency.PER_WEEK), LocalDate.of(2024, 1, 1), Option.none(), Option.none())));
  }

  void today(LocalDate date) {
    clock.set(date);
  }

  /** Every stored case, in list order: compared before and after a refused request. */
  Seq<Indication> stored() {
    return adapters.indications().findVisibleTo(Option.none(), new PageRequest(0, PageRequest.MAX_SIZE)).items();
  }

  static String actor(String municipality) {
    return "municipality:" + municipality;
  }

  /** Opens a case by a report as {@code actor}; answers the case. */
  JsonNode report(String actor, String client, String responsible, String attributedTo, LocalDate on) {
    String attribution = attributedTo == null ? "" : ",\"attributedTo\":\"" + attributedTo + "\"";
    return expect(201, server.post("/api/v1/indications", actor, "{\"client\":\"" + client
        + "\",\"responsibleMunicipality\":\"" + responsible + "\"" + attribution + ",\"reportedOn\":\"" + on + "\"}"));
  }

  JsonNode report(String responsible, LocalDate on) {
    return report(actor(responsible), CLIENT, responsible, null, on);
  }

  /** Records a step ({@code assessment}, {@code application}, …) with {@code body}; answers the case. */
  JsonNode step(String actor, String id, String step, String body) {
    return expect(200, server.post("/api/v1/indications/" + id + "/" + step, actor, body));
  }

  static String grant(String category, String product, String unit, String from, String until) {
    return "{\"category\":\"" + category + "\"" + (product == null ? "" : ",\"product\":\"" + product + "\"")
        + ",\"form\":\"IN_KIND\",\"quantity\":3,\"unit\":\"" + unit + "\",\"frequency\":\"PER_WEEK\",\"validFrom\":\""
        + from + "\",\"validUntil\":\"" + until + "\",\"goals\":[\"Runs the household independently\"],"
        + "\"evaluationDate\":\"2026-06-30\"}";
  }

  static String guidance() {
    return grant("GUIDANCE", "02A01", "HOUR", "2026-02-01", "2026-12-31");
  }

  /**
   * A Bernheze case taken to the decision: reported 5 Jan, assessed 20 Jan, applied 21 Jan, granted
   * guidance on 28 Jan 2026 (today is then 28 Jan); answers its id.
   */
  String granted() {
    today(LocalDate.of(2026, 1, 5));
    String id = report(BERNHEZE, LocalDate.of(2026, 1, 5)).path("id").asText();
    today(LocalDate.of(2026, 1, 28));
    String staff = actor(BERNHEZE);
    step(staff, id, "assessment", "{\"assessedOn\":\"2026-01-20\"}");
    step(staff, id, "application", "{\"appliedOn\":\"2026-01-21\"}");
    step(staff, id, "decision", "{\"decidedOn\":\"2026-01-28\",\"grant\":" + guidance() + "}");
    return id;
  }

  static JsonNode expect(int status, TestServer.Reply reply) {
    if (reply.status() != status) {
      throw new AssertionError("expected " + status + ", got " + reply);
    }
    return reply.json();
  }

  @Override
  public void close() {
    server.close();
  }
}
