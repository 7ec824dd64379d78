package nl.wmokader.adapters.rest.supervision;

import static nl.wmokader.core.testing.Results.right;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.adapters.rest.WmoKaderRoutes;
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
import nl.wmokader.core.inmemory.InMemoryAdapters;
import nl.wmokader.core.region.RegionGen;
import nl.wmokader.core.region.port.in.DefineRegionCommand;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.testing.MutableClock;
import nl.wmokader.core.testing.SequentialIds;

/**
 * The scene, set through the facade over in-memory adapters: the reference region, the guidance
 * product, and two providers contracted for it from 2026 to 2028. The clock stands on 5 March 2026;
 * signals, calamities and investigations go over HTTP.
 */
final class SupervisionApi implements AutoCloseable {
  static final String MAASOEVER = "98000001";
  static final String ZORGKRACHT = "98000003";
  static final String AS_MAASOEVER = "provider:" + MAASOEVER;
  static final String AS_ZORGKRACHT = "provider:" + ZORGKRACHT;
  static final String BERNHEZE_STAFF = "municipality:1721";
  static final ProductCode GUIDANCE = ProductCode.of("02A01");
  static final LocalDate TODAY = LocalDate.of(2026, 3, 5);
  static final String ABSENT_ID = "0f8fa6e2-3c1b-4a57-9d2e-6b1c2f3a4d5e";

  final MutableClock clock = new MutableClock(LocalDate.of(2026, 1, 21));
  final InMemoryAdapters adapters = new InMemoryAdapters();
  final WmoKader wmo = adapters.builder().clock(clock).ids(new SequentialIds()).build();
  final TestServer server;

  SupervisionApi() {
    Actor region = Actor.region();
    var reference = RegionGen.reference();
    right(wmo.region().defineRegion().defineRegion(region, new DefineRegionCommand(reference.name(), reference.members())));
    right(wmo.catalogue().defineProduct().defineProduct(region, new DefineProductCommand(GUIDANCE, ProductCategory.GUIDANCE,
        "Individuele begeleiding (demo)", Unit.HOUR, ExecutionVariant.EFFORT_BASED, Option.some(Frequency.PER_WEEK),
        LocalDate.of(2024, 1, 1), Option.none(), Option.none())));
    right(wmo.catalogue().setReferenceTariff().setReferenceTariff(region,
        new SetReferenceTariffCommand(GUIDANCE, Money.ofCents(6540), LocalDate.of(2026, 1, 1), Option.none())));
    DateRange period = DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31));
    for (String agb : java.util.List.of(MAASOEVER, ZORGKRACHT)) {
      right(wmo.contracting().registerProvider().registerProvider(region, ContractingGen.registration(AgbCode.of(agb), "Aanbieder " + agb)));
      right(wmo.contracting().contractProvider().contractProvider(region, new ContractProviderCommand(AgbCode.of(agb), period,
          List.of(new NewLot(GUIDANCE, period, Option.none())))));
    }
    clock.set(TODAY);
    server = TestServer.start(TestServer.options(), WmoKaderRoutes.of(wmo));
  }

  /** Posts as {@code actor}; the answer must have {@code status}. */
  JsonNode ok(int status, String path, String actor, String body) {
    TestServer.Reply reply = server.post(path, actor, body);
    if (reply.status() != status) {
      throw new IllegalStateException(path + " answered " + reply);
    }
    return reply.json();
  }

  /** A signal about {@code provider}, recorded by the region; its id. */
  String signal(String provider) {
    return ok(201, "/api/v1/signals", "region", "{\"provider\":\"" + provider + "\",\"source\":\"MEMBER_MUNICIPALITY\","
        + "\"description\":\"Uitgevallen begeleiding\",\"severity\":\"HIGH\"}").path("id").asText();
  }

  /** A proactive investigation of {@code provider}, opened by the region; its id. */
  String investigation(String provider) {
    return ok(201, "/api/v1/investigations", "region", "{\"provider\":\"" + provider
        + "\",\"scope\":\"BOTH\",\"deliveryForm\":\"IN_KIND\"}").path("id").asText();
  }

  /** An investigation of {@code provider} taken to its final report (response due in ten days). */
  String inFinalReport(String provider) {
    String id = investigation(provider);
    for (String to : java.util.List.of("INVESTIGATING", "DRAFT_REPORT")) {
      ok(200, "/api/v1/investigations/" + id + "/steps", "region", "{\"to\":\"" + to + "\"}");
    }
    ok(200, "/api/v1/investigations/" + id + "/steps", "region",
        "{\"to\":\"PROVIDER_RESPONSE\",\"responseDue\":\"" + TODAY.plusDays(10) + "\"}");
    ok(200, "/api/v1/investigations/" + id + "/steps", "region", "{\"to\":\"FINAL_REPORT\"}");
    return id;
  }

  @Override
  public void close() {
    server.close();
  }
}
