package nl.wmokader.core.indication;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.audit.application.AccessRecorder;
import nl.wmokader.core.catalogue.domain.ExecutionVariant;
import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.catalogue.domain.ProductVersion;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.catalogue.port.in.FindProductUseCase;
import nl.wmokader.core.indication.application.IndicationQueryServices;
import nl.wmokader.core.indication.application.IntakeServices;
import nl.wmokader.core.indication.application.ObjectionServices;
import nl.wmokader.core.indication.domain.DeliveryForm;
import nl.wmokader.core.indication.domain.Indication;
import nl.wmokader.core.indication.domain.IntakeDeadlines;
import nl.wmokader.core.indication.port.in.CompleteAssessmentCommand;
import nl.wmokader.core.indication.port.in.DecideOnApplicationCommand;
import nl.wmokader.core.indication.port.in.GrantTerms;
import nl.wmokader.core.indication.port.in.ReportNeedCommand;
import nl.wmokader.core.indication.port.in.SubmitApplicationCommand;
import nl.wmokader.core.inmemory.InMemoryAuditTrail;
import nl.wmokader.core.inmemory.InMemoryIndicationRepository;
import nl.wmokader.core.inmemory.InMemoryRegionRepository;
import nl.wmokader.core.region.RegionGen;
import nl.wmokader.core.region.application.RegionServices;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.testing.MutableClock;
import nl.wmokader.core.testing.Results;
import nl.wmokader.core.testing.SequentialIds;

/**
 * The indication services wired over in-memory adapters: the reference region, a small catalogue
 * (a lambda standing in for the catalogue's use case), sequential ids and a clock the test moves.
 */
public final class IndicationFixture {

  public static final MunicipalityCode OSS = MunicipalityCode.of("0828");
  public static final MunicipalityCode BERNHEZE = MunicipalityCode.of("1721");
  public static final MunicipalityCode BOEKEL = MunicipalityCode.of("0755");
  public static final MunicipalityCode LAND_VAN_CUIJK = MunicipalityCode.of("1982");

  public static final ProductCode GUIDANCE = ProductCode.of("02A01");
  public static final ProductCode HOUSEHOLD_HELP = ProductCode.of("01A01");
  public static final ProductCode SHELTERED_HOUSING = ProductCode.of("15B01");
  /** A product of Bernheze's own. */
  public static final ProductCode BERNHEZE_AID = ProductCode.of("14X");

  public static final Seq<ProductVersion> CATALOGUE = List.of(
      product(GUIDANCE, ProductCategory.GUIDANCE, Unit.HOUR, DateRange.from(LocalDate.of(2023, 1, 1)), Option.none()),
      product(HOUSEHOLD_HELP, ProductCategory.HOUSEHOLD_HELP, Unit.HOUR,
          DateRange.of(LocalDate.of(2023, 1, 1), LocalDate.of(2025, 12, 31)), Option.none()),
      product(SHELTERED_HOUSING, ProductCategory.SHELTERED_HOUSING, Unit.DAY_AND_NIGHT,
          DateRange.from(LocalDate.of(2023, 1, 1)), Option.none()),
      product(BERNHEZE_AID, ProductCategory.OTHER_AIDS, Unit.PIECE_OUTPUT,
          DateRange.from(LocalDate.of(2023, 1, 1)), Option.some(BERNHEZE)));

  public final MutableClock clock;
  public final InMemoryIndicationRepository repository = new InMemoryIndicationRepository();
  public final IntakeServices intake;
  public final ObjectionServices objections;
  public final IndicationQueryServices queries;
  public final IntakeDeadlines deadlines;
  /** Where the services record their accesses. */
  public final InMemoryAuditTrail trail = new InMemoryAuditTrail();

  public IndicationFixture(LocalDate today) {
    this(today, IntakeDeadlines.reference(), catalogue(CATALOGUE));
  }

  public IndicationFixture(LocalDate today, IntakeDeadlines deadlines, FindProductUseCase products) {
    this.clock = new MutableClock(today);
    this.deadlines = deadlines;
    InMemoryRegionRepository regions = new InMemoryRegionRepository();
    regions.save(RegionGen.reference()).get();
    AccessRecorder records = new AccessRecorder(trail, clock);
    this.intake = new IntakeServices(repository, new RegionServices(regions, AccessPolicy.standard()), products,
        new SequentialIds(), clock, deadlines, AccessPolicy.standard(), records);
    this.objections = new ObjectionServices(repository, clock, deadlines, AccessPolicy.standard(), records);
    this.queries = new IndicationQueryServices(repository, clock, deadlines, AccessPolicy.standard(), records);
  }

  /** A catalogue as the catalogue's use case answers: local products are hidden from other members' staff. */
  public static FindProductUseCase catalogue(Seq<ProductVersion> products) {
    return (actor, query) -> products
        .find(p -> p.code().equals(query.code()) && p.validity().contains(query.asOf())
            && p.localTo().forAll(m -> actor.role() != Actor.Role.MUNICIPALITY || actor.municipality().contains(m)))
        .<DomainError>toEither(() -> new CommonError.NotFound("Product", query.code().value()));
  }

  public static ProductVersion product(ProductCode code, ProductCategory category, Unit unit, DateRange validity,
      Option<MunicipalityCode> localTo) {
    return ProductVersion.builder().code(code).category(category).name("Product " + code).unit(unit)
        .variant(ExecutionVariant.EFFORT_BASED).validity(validity).localTo(localTo).build();
  }

  /** Three hours of guidance a week for a year, in kind. */
  public static GrantTerms guidance(LocalDate from) {
    return new GrantTerms(ProductCategory.GUIDANCE, Option.some(GUIDANCE), DeliveryForm.IN_KIND, 3, Unit.HOUR,
        Frequency.PER_WEEK, from, Option.some(from.plusYears(1).minusDays(1)), List.of("Grip op de administratie"),
        from.plusMonths(6));
  }

  /** Sheltered housing, every day and night of a month, open-ended. */
  public static GrantTerms shelteredHousing(LocalDate from) {
    return new GrantTerms(ProductCategory.SHELTERED_HOUSING, Option.some(SHELTERED_HOUSING), DeliveryForm.IN_KIND, 30,
        Unit.DAY_AND_NIGHT, Frequency.PER_MONTH, from, Option.none(), List.of("Veilig wonen", "Uitstroom"),
        from.plusMonths(6));
  }

  public Indication report(Actor actor, MunicipalityCode responsible, LocalDate on) {
    return Results.right(intake.reportNeed(actor, ReportNeedCommand.of(IndicationGen.client(0), responsible, on)));
  }

  /** A case reported, assessed and applied for, on {@code on} and the two following days. */
  public Indication applied(Actor actor, MunicipalityCode responsible, LocalDate on) {
    Indication reported = report(actor, responsible, on);
    Results.right(intake.completeAssessment(actor, new CompleteAssessmentCommand(reported.id(), on.plusDays(1))));
    return Results.right(intake.submitApplication(actor, SubmitApplicationCommand.onCase(reported.id(), on.plusDays(2))));
  }

  /** A case applied for from {@code on} and granted guidance on the third day. */
  public Indication granted(Actor actor, MunicipalityCode responsible, LocalDate on) {
    Indication applied = applied(actor, responsible, on);
    return Results.right(intake.decideOnApplication(actor,
        DecideOnApplicationCommand.grant(applied.id(), on.plusDays(3), guidance(on.plusDays(3)))));
  }
}
