package nl.wmokader.adapters.rest.fuzz;

import static nl.wmokader.core.testing.Results.right;

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
import nl.wmokader.core.region.domain.Member;
import nl.wmokader.core.region.port.in.DefineRegionCommand;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.testing.MutableClock;
import nl.wmokader.core.testing.SequentialIds;

/**
 * Every production route over fresh in-memory adapters, with a world to fuzz against: the reference
 * region of five members, the guidance product with its reference tariff, two providers contracted
 * for it from 2026 to 2028, granted cases of Bernheze with assignments to each provider, a claim, a
 * signal, a calamity and an investigation. The clock stands still on {@link #TODAY} and identifiers
 * are sequential, so a run is reproducible from its seed.
 */
final class FuzzWorld implements AutoCloseable {
  static final LocalDate TODAY = LocalDate.of(2026, 3, 5);
  static final String MAASOEVER = "98000001";
  static final String ZORGKRACHT = "98000003";
  static final ProductCode GUIDANCE = ProductCode.of("02A01");

  private final MutableClock clock = new MutableClock(LocalDate.of(2026, 1, 21));
  private final InMemoryAdapters adapters = new InMemoryAdapters();
  private final WmoKader wmo = adapters.builder().clock(clock).ids(new SequentialIds()).build();
  final KnownValues known = new KnownValues();
  final TestServer server;

  FuzzWorld() {
    Actor region = Actor.region();
    var reference = RegionGen.reference();
    right(wmo.region().defineRegion().defineRegion(region, new DefineRegionCommand(reference.name(), reference.members())));
    for (Member m : reference.members()) {
      known.add("municipalityCode", m.code().value());
    }
    right(wmo.catalogue().defineProduct().defineProduct(region, new DefineProductCommand(GUIDANCE, ProductCategory.GUIDANCE,
        "Individuele begeleiding", Unit.HOUR, ExecutionVariant.EFFORT_BASED, Option.some(Frequency.PER_WEEK),
        LocalDate.of(2024, 1, 1), Option.none(), Option.none())));
    right(wmo.catalogue().setReferenceTariff().setReferenceTariff(region,
        new SetReferenceTariffCommand(GUIDANCE, Money.ofCents(6540), LocalDate.of(2026, 1, 1), Option.none())));
    known.add("productCode", GUIDANCE.value());
    DateRange period = DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31));
    for (String agb : java.util.List.of(MAASOEVER, ZORGKRACHT)) {
      right(wmo.contracting().registerProvider().registerProvider(region, ContractingGen.registration(AgbCode.of(agb), "Aanbieder " + agb)));
      var contract = right(wmo.contracting().contractProvider().contractProvider(region, new ContractProviderCommand(AgbCode.of(agb),
          period, List.of(new NewLot(GUIDANCE, period, Option.none())))));
      known.add("agbCode", agb);
      known.add("contractId", contract.id().toString());
    }
    String[] claimable = assign(MAASOEVER, 0);
    for (int client = 1; client < 4; client++) {
      assign(client % 2 == 0 ? MAASOEVER : ZORGKRACHT, client);
    }
    clock.set(TODAY);
    server = TestServer.start(TestServer.options(), WmoKaderRoutes.of(wmo));
    seed("signalId", "/api/v1/signals", "region", "{\"provider\":\"" + MAASOEVER + "\",\"source\":\"MEMBER_MUNICIPALITY\","
        + "\"description\":\"Uitgevallen begeleiding\",\"severity\":\"HIGH\"}");
    seed("calamityId", "/api/v1/calamities", "provider:" + MAASOEVER, "{\"provider\":\"" + MAASOEVER + "\",\"kind\":\"CALAMITY\","
        + "\"occurredOn\":\"2026-03-03\",\"summary\":\"Val tijdens begeleiding\"}");
    seed("claimId", "/api/v1/claims", "provider:" + MAASOEVER, "{\"municipality\":\"1721\",\"month\":\"2026-02\","
        + "\"number\":\"D2026-02\",\"lines\":[{\"reference\":\"R1\",\"assignment\":\"" + claimable[0] + "\","
        + "\"client\":\"" + claimable[1] + "\",\"category\":\"02\",\"product\":\"02A01\",\"periodStart\":\"2026-02-01\","
        + "\"periodEnd\":\"2026-02-28\",\"volume\":12,\"unit\":\"04\",\"tariffCents\":6540,\"amountCents\":78480,"
        + "\"direction\":\"DEBIT\"}]}");
    seed("investigationId", "/api/v1/investigations", "region", "{\"provider\":\"" + ZORGKRACHT + "\",\"scope\":\"BOTH\",\"deliveryForm\":\"IN_KIND\"}");
  }

  /** A case of Bernheze for test-range client number {@code n}, granted and assigned to {@code provider}: assignment id and BSN. */
  private String[] assign(String provider, int n) {
    Bsn client = new Bsn(TestBsns.any(new java.util.Random(n)));
    Actor staff = Actor.municipality(MunicipalityCode.of("1721"));
    clock.set(LocalDate.of(2026, 1, 21));
    Indication applied = right(wmo.indication().submitApplication().submitApplication(staff,
        SubmitApplicationCommand.withoutReport(client, MunicipalityCode.of("1721"), Option.none(), clock.today())));
    right(wmo.indication().decideOnApplication().decideOnApplication(staff, DecideOnApplicationCommand.grant(applied.id(),
        clock.today(), new GrantTerms(ProductCategory.GUIDANCE, Option.some(GUIDANCE), DeliveryForm.IN_KIND, 3,
            Unit.HOUR, Frequency.PER_WEEK, LocalDate.of(2026, 2, 1), Option.some(LocalDate.of(2026, 12, 31)),
            List.of("Houdt de dagstructuur vast"), LocalDate.of(2026, 6, 30)))));
    clock.set(LocalDate.of(2026, 1, 29));
    var assignment = right(wmo.indication().issueAssignment().issueAssignment(staff, new IssueAssignmentCommand(applied.id(),
        AgbCode.of(provider), AssignmentType.SPECIFIC, Option.some(GUIDANCE),
        Option.some(new Volume(3, Unit.HOUR, Frequency.PER_WEEK)), LocalDate.of(2026, 2, 1),
        Option.some(LocalDate.of(2026, 12, 31)))));
    known.add("indicationId", applied.id().toString());
    known.add("assignmentId", assignment.id().toString());
    known.add("client", client.value());
    return new String[] {assignment.id().toString(), client.value()};
  }

  /** Posts {@code body} as {@code actor}, which must create it; its id becomes known as {@code name}. */
  private void seed(String name, String path, String actor, String body) {
    TestServer.Reply reply = server.post(path, FuzzActors.credential(actor), body);
    if (reply.status() != 201) {
      throw new IllegalStateException("could not seed " + path + ": " + reply);
    }
    known.add(name, reply.json().path("id").asText());
  }

  @Override
  public void close() {
    server.close();
  }
}
