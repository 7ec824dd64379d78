package nl.wmokader.adapters.rest.settlement;

import static nl.wmokader.core.testing.Results.right;

import io.vavr.collection.List;
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
import nl.wmokader.core.catalogue.port.in.SetReferenceTariffCommand;
import nl.wmokader.core.contracting.ContractingGen;
import nl.wmokader.core.contracting.port.in.ContractProviderCommand;
import nl.wmokader.core.contracting.port.in.NewLot;
import nl.wmokader.core.indication.domain.AssignmentType;
import nl.wmokader.core.indication.domain.DeliveryForm;
import nl.wmokader.core.indication.domain.Indication;
import nl.wmokader.core.indication.domain.Volume;
import nl.wmokader.core.indication.port.in.DecideOnApplicationCommand;
import nl.wmokader.core.indication.port.in.GrantTerms;
import nl.wmokader.core.indication.port.in.IssueAssignmentCommand;
import nl.wmokader.core.indication.port.in.SubmitApplicationCommand;
import nl.wmokader.core.inmemory.InMemoryAdapters;
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
 * product (hourly, reference tariff €65.40), two contracted providers, and assignments of Bernheze
 * for February to December 2026 (3 hours a week). The clock then stands on 5 March 2026, so
 * February is claimable and closed; claims, settlements and budgets go over HTTP.
 */
final class SettlementApi implements AutoCloseable {
  static final MunicipalityCode BERNHEZE = MunicipalityCode.of("1721");
  static final String BERNHEZE_STAFF = "municipality:1721";
  static final String BOEKEL_STAFF = "municipality:0755";
  static final String MAASOEVER = "98000001";
  static final String ZORGKRACHT = "98000003";
  static final String AS_MAASOEVER = "provider:" + MAASOEVER;
  static final String AS_ZORGKRACHT = "provider:" + ZORGKRACHT;
  static final ProductCode GUIDANCE = ProductCode.of("02A01");
  static final long TARIFF = 6540;
  static final LocalDate TODAY = LocalDate.of(2026, 3, 5);
  /** The day {@link #submitted} answers claims: inside February, so they settle in February. */
  static final LocalDate SETTLED_ON = LocalDate.of(2026, 2, 28);
  static final String ABSENT_ID = "0f8fa6e2-3c1b-4a57-9d2e-6b1c2f3a4d5e";

  final MutableClock clock = new MutableClock(LocalDate.of(2026, 1, 21));
  final InMemoryAdapters adapters = new InMemoryAdapters();
  final WmoKader wmo = adapters.builder().clock(clock).ids(new SequentialIds()).build();
  final TestServer server;
  private int clients;

  SettlementApi() {
    this(TestServer.options());
  }

  SettlementApi(RestOptions options) {
    Actor region = Actor.region();
    var reference = RegionGen.reference();
    right(wmo.region().defineRegion().defineRegion(region, new DefineRegionCommand(reference.name(), reference.members())));
    right(wmo.catalogue().defineProduct().defineProduct(region, new DefineProductCommand(GUIDANCE, ProductCategory.GUIDANCE,
        "Individuele begeleiding (demo)", Unit.HOUR, ExecutionVariant.EFFORT_BASED, Option.some(Frequency.PER_WEEK),
        LocalDate.of(2024, 1, 1), Option.none(), Option.none())));
    right(wmo.catalogue().setReferenceTariff().setReferenceTariff(region,
        new SetReferenceTariffCommand(GUIDANCE, Money.ofCents(TARIFF), LocalDate.of(2026, 1, 1), Option.none())));
    DateRange period = DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31));
    for (String agb : java.util.List.of(MAASOEVER, ZORGKRACHT)) {
      right(wmo.contracting().registerProvider().registerProvider(region, ContractingGen.registration(AgbCode.of(agb), "Aanbieder " + agb)));
      right(wmo.contracting().contractProvider().contractProvider(region, new ContractProviderCommand(AgbCode.of(agb), period,
          List.of(new NewLot(GUIDANCE, period, Option.none())))));
    }
    clock.set(TODAY);
    server = TestServer.start(options, WmoKaderRoutes.of(wmo));
  }

  /** A case of Bernheze for a new test-range client, granted and assigned to {@code provider}; the clock ends on {@link #TODAY}. */
  Assigned assigned(String provider) {
    Bsn client = SharedGen.testBsnFrom(2000 + clients++).get();
    Actor staff = Actor.municipality(BERNHEZE);
    clock.set(LocalDate.of(2026, 1, 21));
    Indication applied = right(wmo.indication().submitApplication().submitApplication(staff,
        SubmitApplicationCommand.withoutReport(client, BERNHEZE, Option.none(), clock.today())));
    right(wmo.indication().decideOnApplication().decideOnApplication(staff, DecideOnApplicationCommand.grant(applied.id(),
        clock.today(), new GrantTerms(ProductCategory.GUIDANCE, Option.some(GUIDANCE), DeliveryForm.IN_KIND, 3,
            Unit.HOUR, Frequency.PER_WEEK, LocalDate.of(2026, 2, 1), Option.some(LocalDate.of(2026, 12, 31)),
            List.of("Keeps the daily routine"), LocalDate.of(2026, 6, 30)))));
    clock.set(LocalDate.of(2026, 1, 29));
    var assignment = right(wmo.indication().issueAssignment().issueAssignment(staff, new IssueAssignmentCommand(applied.id(),
        AgbCode.of(provider), AssignmentType.SPECIFIC, Option.some(GUIDANCE),
        Option.some(new Volume(3, Unit.HOUR, Frequency.PER_WEEK)), LocalDate.of(2026, 2, 1),
        Option.some(LocalDate.of(2026, 12, 31)))));
    clock.set(TODAY);
    return new Assigned(assignment.id().toString(), client.value(), assignment.number().get().toString());
  }

  /** An assignment (its id, or as claims may name it too, its iWmo number) and its client's BSN. */
  record Assigned(String id, String client, String number) {
    Assigned(String id, String client) {
      this(id, client, null);
    }

    /** The same assignment named by its iWmo number. */
    Assigned byNumber() {
      return new Assigned(number, client, number);
    }
  }

  /** A February debit of {@code hours} on the assignment at {@code tariff} cents an hour (amount = hours × tariff). */
  static String line(String reference, Assigned a, long hours, long tariff) {
    return "{\"reference\":\"" + reference + "\",\"assignment\":\"" + a.id() + "\",\"client\":\"" + a.client() + "\","
        + "\"category\":\"02\",\"product\":\"02A01\",\"periodStart\":\"2026-02-01\",\"periodEnd\":\"2026-02-28\","
        + "\"volume\":" + hours + ",\"unit\":\"04\",\"tariffCents\":" + tariff + ",\"amountCents\":" + hours * tariff
        + ",\"direction\":\"DEBIT\"}";
  }

  /** A claim of February to Bernheze with these lines. */
  static String claim(String number, String... lines) {
    return "{\"municipality\":\"1721\",\"month\":\"2026-02\",\"number\":\"" + number + "\",\"lines\":["
        + String.join(",", lines) + "]}";
  }

  /** Submits as {@code actor}; the answer must be 201. */
  /**
   * Submits a claim on the last day of February, so that it settles in February (a claim counts in
   * the month it is answered), and puts the clock back on {@link #TODAY}.
   */
  TestServer.Reply submitted(String actor, String body) {
    clock.set(SETTLED_ON);
    TestServer.Reply reply = server.post("/api/v1/claims", actor, body);
    clock.set(TODAY);
    if (reply.status() != 201) {
      throw new IllegalStateException("could not submit: " + reply);
    }
    return reply;
  }

  @Override
  public void close() {
    server.close();
  }
}
