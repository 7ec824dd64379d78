package nl.wmokader.adapters.rest.iwmo;

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
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.AssignmentId;
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
 * The scene of the assignment flow's messages, set through the facade over in-memory adapters: the
 * reference region, the guidance product, two contracted providers, and assignments of Bernheze for
 * February to December 2026 (3 hours a week). The clock then stands on {@link #TODAY}; every route
 * of the API is served.
 */
public final class DeliveryScene implements AutoCloseable {
  public static final MunicipalityCode BERNHEZE = MunicipalityCode.of("1721");
  public static final String BERNHEZE_STAFF = "municipality:1721";
  public static final String BOEKEL_STAFF = "municipality:0755";
  public static final String MAASOEVER = "98000001";
  public static final String ZORGKRACHT = "98000003";
  public static final String AS_MAASOEVER = "provider:" + MAASOEVER;
  public static final String AS_ZORGKRACHT = "provider:" + ZORGKRACHT;
  public static final ProductCode GUIDANCE = ProductCode.of("02A01");
  public static final LocalDate VALID_FROM = LocalDate.of(2026, 2, 1);
  public static final LocalDate VALID_UNTIL = LocalDate.of(2026, 12, 31);
  public static final LocalDate TODAY = LocalDate.of(2026, 3, 5);

  public final MutableClock clock = new MutableClock(LocalDate.of(2026, 1, 21));
  public final InMemoryAdapters adapters = new InMemoryAdapters();
  public final WmoKader wmo = adapters.builder().clock(clock).ids(new SequentialIds()).build();
  public final TestServer server;
  private int clients;

  public DeliveryScene() {
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
      right(wmo.contracting().registerProvider().registerProvider(region,
          ContractingGen.registration(AgbCode.of(agb), "Aanbieder " + agb)));
      right(wmo.contracting().contractProvider().contractProvider(region, new ContractProviderCommand(AgbCode.of(agb),
          period, List.of(new NewLot(GUIDANCE, period, Option.none())))));
    }
    clock.set(TODAY);
    server = TestServer.start(TestServer.options(), WmoKaderRoutes.of(wmo));
  }

  /** An assignment (its id and iWmo number) and its client's BSN. */
  public record Assigned(String id, String client, String number) {}

  /** A new test-range client. */
  public Bsn newClient() {
    while (true) {
      Option<Bsn> bsn = SharedGen.testBsnFrom(3000 + clients++);
      if (bsn.isDefined()) {
        return bsn.get();
      }
    }
  }

  /** A case of Bernheze for a new client, granted and assigned to {@code provider}; the clock ends on {@link #TODAY}. */
  public Assigned assigned(String provider) {
    return assigned(provider, newClient());
  }

  public Assigned assigned(String provider, Bsn client) {
    Actor staff = Actor.municipality(BERNHEZE);
    clock.set(LocalDate.of(2026, 1, 21));
    Indication applied = right(wmo.indication().submitApplication().submitApplication(staff,
        SubmitApplicationCommand.withoutReport(client, BERNHEZE, Option.none(), clock.today())));
    right(wmo.indication().decideOnApplication().decideOnApplication(staff, DecideOnApplicationCommand.grant(applied.id(),
        clock.today(), new GrantTerms(ProductCategory.GUIDANCE, Option.some(GUIDANCE), DeliveryForm.IN_KIND, 3,
            Unit.HOUR, Frequency.PER_WEEK, VALID_FROM, Option.some(VALID_UNTIL),
            List.of("Keeps the daily routine"), LocalDate.of(2026, 6, 30)))));
    clock.set(LocalDate.of(2026, 1, 29));
    Assignment assignment = right(wmo.indication().issueAssignment().issueAssignment(staff,
        new IssueAssignmentCommand(applied.id(), AgbCode.of(provider), AssignmentType.SPECIFIC, Option.some(GUIDANCE),
            Option.some(new Volume(3, Unit.HOUR, Frequency.PER_WEEK)), VALID_FROM, Option.some(VALID_UNTIL))));
    clock.set(TODAY);
    return new Assigned(assignment.id().toString(), client.value(), assignment.number().get().toString());
  }

  /** The assignment as stored. */
  public Assignment stored(Assigned a) {
    return adapters.assignments().findById(new AssignmentId(java.util.UUID.fromString(a.id()))).get();
  }

  public io.vavr.collection.Seq<Assignment> stored() {
    return adapters.assignments().all();
  }

  @Override
  public void close() {
    server.close();
  }
}
