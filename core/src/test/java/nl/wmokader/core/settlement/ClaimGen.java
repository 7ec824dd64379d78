package nl.wmokader.core.settlement;

import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import nl.wmokader.core.catalogue.domain.ExecutionVariant;
import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.Product;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.catalogue.domain.ProductVersion;
import nl.wmokader.core.catalogue.domain.ReferenceTariff;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.contracting.domain.Lot;
import nl.wmokader.core.indication.AssignmentGen;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.indication.domain.AssignmentStatus;
import nl.wmokader.core.indication.domain.AssignmentStop;
import nl.wmokader.core.indication.domain.StopReason;
import nl.wmokader.core.indication.domain.AssignmentType;
import nl.wmokader.core.indication.domain.IndicationId;
import nl.wmokader.core.indication.domain.Volume;
import nl.wmokader.core.settlement.domain.AssignmentLedger;
import nl.wmokader.core.settlement.domain.ClaimAnswer;
import nl.wmokader.core.settlement.domain.ClaimContext;
import nl.wmokader.core.settlement.domain.ClaimLine;
import nl.wmokader.core.settlement.domain.ClaimValidator;
import nl.wmokader.core.settlement.domain.DebitCredit;
import nl.wmokader.core.settlement.port.in.ClaimLineInput;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * A small, fixed world for claim tests (one contracted provider, a few products with known tariffs,
 * test-range clients) and builders of assignments, claim lines and validation contexts over it.
 */
public final class ClaimGen {
  private ClaimGen() {}

  public static final AgbCode PROVIDER = AgbCode.of("98000001");
  public static final AgbCode OTHER_PROVIDER = AgbCode.of("98000002");
  public static final MunicipalityCode MEMBER = MunicipalityCode.of("1721");
  public static final MunicipalityCode OTHER_MEMBER = MunicipalityCode.of("0755");
  public static final Bsn CLIENT = AssignmentGen.client(0);
  public static final Bsn OTHER_CLIENT = AssignmentGen.client(1);

  /** Guidance per hour; the lot carries its own tariff, which wins over the reference tariff. */
  public static final ProductCode GUIDANCE = ProductCode.of("02A01");
  public static final Money GUIDANCE_REFERENCE_TARIFF = Money.ofCents(6_000);
  public static final Money GUIDANCE_LOT_TARIFF = Money.ofCents(6_500);
  /** Specialist guidance per hour at the reference tariff (the lot has none of its own). */
  public static final ProductCode SPECIALIST = ProductCode.of("02A02");
  public static final Money SPECIALIST_TARIFF = Money.ofCents(8_000);
  /** Household help per hour at the reference tariff. */
  public static final ProductCode HOUSEHOLD = ProductCode.of("01A01");
  public static final Money HOUSEHOLD_TARIFF = Money.ofCents(3_500);
  /** Output-based household help, a piece per week. */
  public static final ProductCode OUTPUT = ProductCode.of("01B01");
  public static final Money OUTPUT_TARIFF = Money.ofCents(10_000);
  /** A task-based product of category 06: never claimable per client. */
  public static final ProductCode TASK = ProductCode.of("06T01");
  public static final Money TASK_TARIFF = Money.ofCents(1_000);
  /** Day activities per day part, at the reference tariff. */
  public static final ProductCode DAY_PARTS = ProductCode.of("07A01");
  public static final Money DAY_PART_TARIFF = Money.ofCents(4_000);

  public static final DateRange CONTRACT_PERIOD = DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2028, 12, 31));

  private static final Seq<Product> PRODUCTS = List.of(
        product(GUIDANCE, ProductCategory.GUIDANCE, Unit.HOUR, ExecutionVariant.EFFORT_BASED, GUIDANCE_REFERENCE_TARIFF),
        product(SPECIALIST, ProductCategory.GUIDANCE, Unit.HOUR, ExecutionVariant.EFFORT_BASED, SPECIALIST_TARIFF),
        product(HOUSEHOLD, ProductCategory.HOUSEHOLD_HELP, Unit.HOUR, ExecutionVariant.EFFORT_BASED, HOUSEHOLD_TARIFF),
        product(OUTPUT, ProductCategory.HOUSEHOLD_HELP, Unit.PIECE_OUTPUT, ExecutionVariant.OUTPUT_BASED, OUTPUT_TARIFF),
        product(TASK, ProductCategory.OTHER_INDIVIDUAL_SUPPORT, Unit.PIECE_EFFORT, ExecutionVariant.TASK_BASED, TASK_TARIFF),
        product(DAY_PARTS, ProductCategory.DAY_ACTIVITIES, Unit.DAY_PART, ExecutionVariant.EFFORT_BASED, DAY_PART_TARIFF));
  private static final Map<ProductCode, Product> PRODUCT_MAP = PRODUCTS.toMap(Product::code, p -> p);

  public static Seq<Product> products() {
    return PRODUCTS;
  }

  public static Map<ProductCode, Product> productMap() {
    return PRODUCT_MAP;
  }

  private static Product product(ProductCode code, ProductCategory category, Unit unit, ExecutionVariant variant,
                                 Money tariff) {
    return Product.define(ProductVersion.builder().code(code).category(category).name("Demo " + code.value())
            .unit(unit).variant(variant).frequency(Option.some(Frequency.PER_WEEK))
            .validity(DateRange.from(LocalDate.of(2024, 1, 1))).build())
        .setReferenceTariff(new ReferenceTariff(tariff, DateRange.from(LocalDate.of(2024, 1, 1))))
        .get();
  }

  /** {@code provider}'s active contract with a lot for every product (guidance at its own tariff). */
  public static Contract contract(AgbCode provider) {
    return Contract.builder()
        .id(new ContractId(new UUID(3, provider.hashCode())))
        .provider(provider)
        .period(CONTRACT_PERIOD)
        .lots(products().map(p -> p.code().equals(GUIDANCE)
            ? Lot.of(p.code(), CONTRACT_PERIOD, GUIDANCE_LOT_TARIFF)
            : Lot.of(p.code(), CONTRACT_PERIOD)))
        .build();
  }

  /** The tariff a line of {@code product} must carry (every product's is flat over the contract period). */
  public static Money tariffOf(ProductCode product) {
    if (product.equals(GUIDANCE)) {
      return GUIDANCE_LOT_TARIFF;
    }
    return productMap().get(product).get().tariffs().head().perUnit();
  }

  public static AssignmentId assignmentId(int n) {
    return new AssignmentId(new UUID(1, n));
  }

  /** A specific assignment {@code n} of {@code product} for {@link #CLIENT} by {@link #PROVIDER}, responsible {@link #MEMBER}. */
  public static Assignment assignment(int n, ProductCode product, Volume volume, DateRange validity) {
    return Assignment.builder()
        .id(assignmentId(n))
        .indication(new IndicationId(new UUID(2, n)))
        .client(CLIENT)
        .responsibleMunicipality(MEMBER)
        .provider(PROVIDER)
        .type(AssignmentType.SPECIFIC)
        .category(AssignmentGen.categoryOf(product))
        .product(Option.some(product))
        .volume(Option.some(volume))
        .validity(validity)
        .assignedOn(validity.start().minusDays(7))
        .build();
  }

  /** {@code a} as another type of assignment (category, product and volume to match). */
  public static Assignment reshaped(Assignment a, AssignmentType type, ProductCategory category,
                                    Option<ProductCode> product, Option<Volume> volume) {
    return Assignment.builder().id(a.id()).indication(a.indication()).client(a.client())
        .responsibleMunicipality(a.responsibleMunicipality()).attributedTo(a.attributedTo()).provider(a.provider())
        .type(type).category(category).product(product).volume(volume).validity(a.validity())
        .assignedOn(a.assignedOn()).build();
  }

  /** {@code a} started on its first day and stopped on {@code stop}. */
  public static Assignment stopped(Assignment a, LocalDate stop) {
    return Assignment.builder().id(a.id()).indication(a.indication()).client(a.client())
        .responsibleMunicipality(a.responsibleMunicipality()).attributedTo(a.attributedTo()).provider(a.provider())
        .type(a.type()).category(a.category()).product(a.product()).volume(a.volume()).validity(a.validity())
        .assignedOn(a.assignedOn()).deliveryStart(Option.some(a.validity().start()))
        .stop(Option.some(new AssignmentStop(stop, StopReason.ENDED_AS_PLANNED))).status(AssignmentStatus.STOPPED)
        .build();
  }

  public static DateRange range(String start, String end) {
    return DateRange.of(LocalDate.parse(start), LocalDate.parse(end));
  }

  /** The amount a line must carry: volume × tariff, minutes on an hourly tariff tariff × minutes / 60. */
  public static Money amount(long volume, Unit claimed, Unit assigned, Money tariff) {
    if (claimed == Unit.EUROS) {
      return Money.ofCents(volume);
    }
    return claimed == Unit.MINUTE && assigned == Unit.HOUR ? tariff.timesFraction(volume, 60) : tariff.times(volume);
  }

  /** A well-formed debit on {@code a} over {@code from..to} of {@code volume} in the assignment's unit. */
  public static LineBuilder debit(String reference, Assignment a, LocalDate from, LocalDate to, long volume) {
    return new LineBuilder(reference, a, from, to, volume);
  }

  /** A debit over the whole month {@code month} (clipped to the assignment's validity). */
  public static LineBuilder debit(String reference, Assignment a, YearMonth month, long volume) {
    DateRange clipped = DateRange.of(month.atDay(1), month.atEndOfMonth()).intersection(a.validity()).get();
    return new LineBuilder(reference, a, clipped.start(), clipped.end().get(), volume);
  }

  /** The credit that takes {@code debit} back. */
  public static ClaimLine credit(String reference, ClaimLine debit) {
    return new ClaimLine(reference, Option.some(debit.reference()), debit.assignment(), debit.client(),
        debit.category(), debit.product(), debit.period(), debit.volume(), debit.unit(), debit.tariff(),
        debit.amount(), DebitCredit.CREDIT);
  }

  /** A line as a message carries it: identifiers and codes as text, field for field. */
  public static ClaimLineInput input(ClaimLine l) {
    return new ClaimLineInput(l.reference(), l.previousReference().getOrNull(), l.assignment().toString(),
        l.client().value(), l.category().code(), l.product().map(ProductCode::value).getOrNull(), l.periodStart(),
        l.periodEnd(), l.volume(), l.unit().code(), l.tariff().cents(), l.amount().cents(), l.direction());
  }

  public static ClaimContext context(Seq<Assignment> assignments, Seq<AssignmentLedger> ledgers, Set<String> used) {
    return new ClaimContext(assignments.toMap(Assignment::id, a -> a), ledgers.toMap(AssignmentLedger::assignment, l -> l),
        used, productMap(), List.of(contract(PROVIDER)));
  }

  public static ClaimContext context(Assignment... assignments) {
    return context(List.of(assignments), List.empty(), HashSet.empty());
  }

  /** The answer to a claim of {@link #PROVIDER} to {@link #MEMBER} for {@code month}. */
  public static ClaimAnswer validate(YearMonth month, ClaimContext context, ClaimLine... lines) {
    return ClaimValidator.validate(PROVIDER, MEMBER, month, List.of(lines), context);
  }

  /** Ledgers after {@code answer}, as a store would keep them. */
  public static Map<AssignmentId, AssignmentLedger> apply(Map<AssignmentId, AssignmentLedger> ledgers, ClaimAnswer answer) {
    Map<AssignmentId, AssignmentLedger> out = ledgers;
    for (AssignmentId id : answer.approvedOn()) {
      AssignmentLedger before = out.get(id).getOrElse(() -> AssignmentLedger.empty(id));
      Seq<ClaimLine> approved = answer.lines().filter(l -> l.isApproved() && l.line().assignment().equals(id))
          .map(l -> l.line());
      out = out.put(id, new AssignmentLedger(id, before.version() + 1, before.approved().appendAll(approved)));
    }
    return out;
  }

  public static Map<AssignmentId, AssignmentLedger> noLedgers() {
    return HashMap.empty();
  }

  /** Builds a claim line with the assignment's client, category, product and unit and the right tariff and amount; each may be overridden. */
  public static final class LineBuilder {
    private final Assignment assignment;
    private String reference;
    private Option<String> previous = Option.none();
    private AssignmentId id;
    private Bsn client;
    private ProductCategory category;
    private Option<ProductCode> product;
    private LocalDate from;
    private LocalDate to;
    private long volume;
    private Unit unit;
    private Money tariff;
    private Option<Money> amount = Option.none();

    LineBuilder(String reference, Assignment a, LocalDate from, LocalDate to, long volume) {
      this.assignment = a;
      this.reference = reference;
      this.id = a.id();
      this.client = a.client();
      this.category = a.category();
      this.product = a.product();
      this.from = from;
      this.to = to;
      this.volume = volume;
      this.unit = a.volume().map(Volume::unit).getOrElse(Unit.HOUR);
      this.tariff = unit == Unit.EUROS ? Money.ZERO : a.product().map(ClaimGen::tariffOf).getOrElse(Money.ZERO);
    }

    public LineBuilder assignment(AssignmentId value) {
      id = value;
      return this;
    }

    public LineBuilder client(Bsn value) {
      client = value;
      return this;
    }

    public LineBuilder category(ProductCategory value) {
      category = value;
      return this;
    }

    public LineBuilder product(Option<ProductCode> value) {
      product = value;
      return this;
    }

    public LineBuilder unit(Unit value) {
      unit = value;
      return this;
    }

    public LineBuilder tariff(Money value) {
      tariff = value;
      return this;
    }

    public LineBuilder amount(Money value) {
      amount = Option.some(value);
      return this;
    }

    public ClaimLine build() {
      Unit assigned = assignment.volume().map(Volume::unit).getOrElse(unit);
      return new ClaimLine(reference, previous, id, client, category, product, DateRange.of(from, to), volume, unit,
          tariff, amount.getOrElse(() -> ClaimGen.amount(volume, unit, assigned, tariff)), DebitCredit.DEBIT);
    }
  }
}
