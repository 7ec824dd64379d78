package nl.wmokader.core.indication;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.indication.domain.AssignmentStatus;
import nl.wmokader.core.indication.domain.AssignmentStop;
import nl.wmokader.core.indication.domain.AssignmentType;
import nl.wmokader.core.indication.domain.Decision;
import nl.wmokader.core.indication.domain.DeliveryForm;
import nl.wmokader.core.indication.domain.Grant;
import nl.wmokader.core.indication.domain.Indication;
import nl.wmokader.core.indication.domain.IndicationId;
import nl.wmokader.core.indication.domain.StopReason;
import nl.wmokader.core.indication.domain.Volume;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.SharedGen;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators and builders of assignments and the indications they execute (core test-jar). */
public final class AssignmentGen {
  private AssignmentGen() {}

  /** A few products, one of them an aid (exempt from stacking), so that generated cases collide. */
  public static final ProductCode GUIDANCE_A = ProductCode.of("02A01");
  public static final ProductCode GUIDANCE_B = ProductCode.of("02B02");
  public static final ProductCode HOUSEHOLD = ProductCode.of("01A01");
  public static final ProductCode WHEELCHAIR = ProductCode.of("11W01");

  public static ProductCategory categoryOf(ProductCode product) {
    return ProductCategory.ofCode(product.value().substring(0, 2)).get();
  }

  public static Gen<AssignmentId> ids() {
    return longs().all().zip(longs().all(), (hi, lo) -> new AssignmentId(new java.util.UUID(hi, lo)));
  }

  public static Gen<IndicationId> indicationIds() {
    return longs().all().zip(longs().all(), (hi, lo) -> new IndicationId(new java.util.UUID(hi, lo)));
  }

  public static Gen<ProductCode> products() {
    return Generate.pick(java.util.List.of(GUIDANCE_A, GUIDANCE_B, HOUSEHOLD, WHEELCHAIR));
  }

  /** Non-budget volumes, never weekly (a weekly volume needs an end date). */
  public static Gen<Volume> volumes() {
    return integers().between(1, 40).zip(
        Generate.pick(java.util.List.of(Unit.MINUTE, Unit.HOUR, Unit.DAY_PART, Unit.PIECE_EFFORT)),
        Generate.pick(java.util.List.of(Frequency.PER_DAY, Frequency.PER_MONTH, Frequency.TOTAL)),
        Volume::new);
  }

  /** Budgets of a generic assignment: euros (in cents) in total. */
  public static Gen<Volume> budgets() {
    return longs().between(100, 5_000_000).map(c -> new Volume(c, Unit.EUROS, Frequency.TOTAL));
  }

  public static Gen<StopReason> stopReasons() {
    return Generate.enumValues(StopReason.class);
  }

  /** Any consistent assignment, in any state of its lifecycle, never saved (version 0). */
  public static Gen<Assignment> assignments() {
    return in -> {
      AssignmentType type = Generate.enumValues(AssignmentType.class).generate(in);
      ProductCode product = products().generate(in);
      Option<Volume> volume = type == AssignmentType.GENERIC ? Option.some(budgets().generate(in))
          : type == AssignmentType.SPECIFIC || Generate.booleans().generate(in) ? Option.some(volumes().generate(in))
          : Option.none();
      DateRange validity = SharedGen.dateRanges().generate(in);
      AssignmentStatus status = Generate.enumValues(AssignmentStatus.class).generate(in);
      LocalDate first = dayIn(validity, integers().between(0, 400).generate(in));
      LocalDate last = dayIn(DateRange.of(first, validity.end()), integers().between(0, 400).generate(in));
      AssignmentStop stop = new AssignmentStop(last, stopReasons().generate(in));
      boolean started = status == AssignmentStatus.DELIVERING || status == AssignmentStatus.STOPPED
          || (status != AssignmentStatus.ASSIGNED && Generate.booleans().generate(in));
      boolean stopped = status == AssignmentStatus.STOPPED || status == AssignmentStatus.ENDED;
      return Assignment.builder()
          .id(ids().generate(in))
          .indication(indicationIds().generate(in))
          .client(clients().generate(in))
          .responsibleMunicipality(SharedGen.members().generate(in))
          .attributedTo(Generate.booleans().generate(in) ? Option.some(SharedGen.members().generate(in)) : Option.none())
          .provider(SharedGen.fewAgbCodes().generate(in))
          .type(type)
          .category(categoryOf(product))
          .product(type == AssignmentType.SPECIFIC ? Option.some(product) : Option.none())
          .volume(volume)
          .validity(validity)
          .assignedOn(SharedGen.dates().generate(in))
          .deliveryStart(started ? Option.some(first) : Option.none())
          .stop(stopped ? Option.some(stop) : Option.none())
          .status(status)
          .replaces(Generate.booleans().generate(in) ? Option.some(ids().generate(in)) : Option.none())
          .build();
    };
  }

  /** {@code a} as a fresh assignment from {@code day} (open-ended, nothing reported), keeping the rest. */
  public static Assignment startingOn(Assignment a, LocalDate day) {
    return Assignment.builder()
        .id(a.id())
        .indication(a.indication())
        .client(a.client())
        .responsibleMunicipality(a.responsibleMunicipality())
        .attributedTo(a.attributedTo())
        .provider(a.provider())
        .type(a.type())
        .category(a.category())
        .product(a.product())
        .volume(a.volume())
        .validity(DateRange.from(day))
        .assignedOn(a.assignedOn())
        .replaces(a.replaces())
        .build();
  }

  /** Every valid BSN of the test range, in order. */
  private static final io.vavr.collection.List<Bsn> TEST_BSNS =
      io.vavr.collection.List.range(0, 10_000).flatMap(SharedGen::testBsnFrom);

  /**
   * Test-range BSNs without a filtering assumption (which, drawn many times per example, would make
   * QuickTheories give up on long lists).
   */
  public static Gen<Bsn> clients() {
    return integers().between(0, TEST_BSNS.size() - 1).map(TEST_BSNS::get);
  }

  /** The {@code n}th valid BSN of the test range (n >= 0): a fixed client for example tests. */
  public static Bsn client(int n) {
    return TEST_BSNS.get(n);
  }

  /** The {@code k}th day of {@code range}, wrapping around inside a closed one. */
  public static LocalDate dayIn(DateRange range, int k) {
    long span = range.days().getOrElse(401L);
    return range.start().plusDays(Math.floorMod(k, span));
  }

  /** A grant of {@code product} (or of its category only, when {@code categoryOnly}). */
  public static Grant grant(ProductCategory category, Option<ProductCode> product, DeliveryForm form, DateRange validity) {
    return Grant.builder()
        .category(category)
        .product(product)
        .form(form)
        .volume(new Volume(4, Unit.HOUR, validity.isOpenEnded() ? Frequency.PER_MONTH : Frequency.PER_WEEK))
        .validity(validity)
        .goals(List.of("zelfstandig wonen"))
        .evaluationDate(validity.start().plusMonths(6))
        .build();
  }

  /** An indication decided (granted) on the grant's start. */
  public static Indication granted(IndicationId id, Bsn client, MunicipalityCode responsible,
                                   Option<MunicipalityCode> attributedTo, Grant grant) {
    return Indication.builder()
        .id(id)
        .client(client)
        .responsibleMunicipality(responsible)
        .attributedTo(attributedTo)
        .reportedOn(grant.validity().start().minusWeeks(8))
        .decision(Option.some(Decision.granted(grant.validity().start().minusWeeks(1), grant)))
        .build();
  }

  /** An indication whose application was refused. */
  public static Indication refused(IndicationId id, Bsn client, MunicipalityCode responsible, LocalDate decidedOn) {
    return Indication.builder()
        .id(id)
        .client(client)
        .responsibleMunicipality(responsible)
        .reportedOn(decidedOn.minusWeeks(8))
        .decision(Option.some(Decision.refused(decidedOn, "geen beperking in zelfredzaamheid")))
        .build();
  }

  /** In-kind or personal-budget grants of the generated products, over closed or open periods in 2024-2025. */
  public static Gen<Grant> grants() {
    return in -> {
      ProductCode product = products().generate(in);
      boolean categoryOnly = integers().between(0, 3).generate(in) == 0;
      DeliveryForm form = integers().between(0, 3).generate(in) == 0 ? DeliveryForm.PERSONAL_BUDGET : DeliveryForm.IN_KIND;
      LocalDate start = LocalDate.of(2024, 1, 1).plusDays(integers().between(0, 365).generate(in));
      DateRange validity = Generate.booleans().generate(in)
          ? DateRange.from(start)
          : DateRange.of(start, start.plusDays(integers().between(30, 500).generate(in)));
      return grant(categoryOf(product), categoryOnly ? Option.none() : Option.some(product), form, validity);
    };
  }
}
