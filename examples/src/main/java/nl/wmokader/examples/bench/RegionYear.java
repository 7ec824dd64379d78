package nl.wmokader.examples.bench;

import static nl.wmokader.core.catalogue.domain.ExecutionVariant.EFFORT_BASED;
import static nl.wmokader.core.catalogue.domain.ExecutionVariant.OUTPUT_BASED;
import static nl.wmokader.core.catalogue.domain.Frequency.PER_MONTH;
import static nl.wmokader.core.catalogue.domain.Frequency.PER_WEEK;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.IntFunction;
import nl.wmokader.core.WmoKader;
import nl.wmokader.core.catalogue.domain.ExecutionVariant;
import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.catalogue.port.in.DefineProductCommand;
import nl.wmokader.core.catalogue.port.in.SetReferenceTariffCommand;
import nl.wmokader.core.contracting.domain.ChamberOfCommerceNumber;
import nl.wmokader.core.contracting.domain.ProviderDeliveryForm;
import nl.wmokader.core.contracting.port.in.ContactInput;
import nl.wmokader.core.contracting.port.in.ContractProviderCommand;
import nl.wmokader.core.contracting.port.in.NewLot;
import nl.wmokader.core.contracting.port.in.RegisterProviderCommand;
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
import nl.wmokader.core.region.domain.InhabitantCount;
import nl.wmokader.core.region.port.in.DefineRegionCommand;
import nl.wmokader.core.region.port.in.RecordInhabitantsCommand;
import nl.wmokader.core.settlement.domain.DebitCredit;
import nl.wmokader.core.settlement.port.in.ClaimLineInput;
import nl.wmokader.core.settlement.port.in.SubmitClaimUseCase;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.examples.demo.DemoRegion;
import nl.wmokader.examples.demo.StepClock;
import nl.wmokader.examples.demo.TestRangeBsns;

/**
 * The benchmarks' data: a region-year of the reference region, planned from a seed and written
 * through the use cases, never around them. Forty products, contracted providers with lots (some
 * at an own tariff), clients with test-range BSNs and one in-kind assignment each per product
 * (report-less application, decision, assignment), then per month one claim per provider and
 * member with about one line per assignment, about 4% of them deliberately wrong.
 *
 * <p>The test range holds only {@link TestRangeBsns#CAPACITY} numbers (about 9,100), so beyond
 * that clients get two or three assignments, each of another product: 20,000 assignments are
 * about 9,100 clients, not 20,000.
 *
 * <p>Planning is pure ({@link #plan}); {@link #issue} writes it through a facade and answers the
 * {@link World} whose {@link World#claims} are the months' claims. The same spec gives the same
 * data, identifiers included when the facade draws {@link SequentialIds}.
 */
public final class RegionYear {

  /** The procurement period: every lot and assignment runs through it, so up to 36 claim months. */
  public static final DateRange PERIOD = DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31));
  /** The first claim month; month {@code m} (1-based) is this one plus {@code m - 1}. */
  public static final YearMonth FIRST_MONTH = YearMonth.from(PERIOD.start());
  public static final int MAX_MONTHS = 36;
  /** Lines answered wrong on purpose, per thousand regular lines. */
  static final int MISTAKES_PER_MILLE = 40;

  static final LocalDate SETUP_DAY = LocalDate.of(2025, 11, 3);
  static final LocalDate ISSUE_DAY = LocalDate.of(2025, 12, 1);
  private static final Actor REGION = Actor.region();
  private static final DateTimeFormatter YYMM = DateTimeFormatter.ofPattern("yyMM");

  /**
   * How big: {@code assignments} over {@code providers}; {@code oneMember}: every client lives in
   * Oss (one claim per provider and month, so a claim can hold every assignment).
   */
  public record Spec(int assignments, int providers, boolean oneMember, long seed) {
    public Spec {
      if (assignments < 1 || providers < 1) {
        throw new IllegalArgumentException("at least one assignment and one provider");
      }
    }

    /** The region-year of the issue: 150 providers, every member. */
    public static Spec region(int assignments) {
      return new Spec(assignments, 150, false, 2026L);
    }

    /** One provider in Oss, holding every assignment: for claims of any size. */
    public static Spec oneProvider(int assignments) {
      return new Spec(assignments, 1, true, 2027L);
    }
  }

  /** A catalogue product as planned: its reference tariff and the range of granted quantities. */
  public record Product(ProductCode code, ProductCategory category, Unit unit, ExecutionVariant variant,
      Frequency frequency, long referenceCents, int minQuantity, int maxQuantity) {

    /** Household help: a month may be claimed up to six weeks' volume (iWmo). */
    public boolean householdHelp() {
      return category == ProductCategory.HOUSEHOLD_HELP;
    }
  }

  /** A provider's lot: the tariff a claim line must carry (its own, or the reference tariff). */
  public record Lot(Product product, long tariffCents, boolean own) {}

  public record Provider(AgbCode agb, java.util.List<Lot> lots) {
    long tariffCents(ProductCode product) {
      for (Lot lot : lots) {
        if (lot.product().code().equals(product)) {
          return lot.tariffCents();
        }
      }
      throw new IllegalStateException("no lot of " + product + " for " + agb.value());
    }
  }

  /**
   * One assignment as planned: its client, who is responsible for the case (Oss for sheltered
   * housing, attributed to the client's home) and who pays, the product, provider and volume.
   */
  public record Planned(int index, Bsn client, MunicipalityCode responsible, Option<MunicipalityCode> attributedTo,
      Product product, Provider provider, long quantity) {

    public MunicipalityCode chargedTo() {
      return attributedTo.getOrElse(responsible);
    }
  }

  /** One claim's worth of assignments: a provider's, for one responsible member. */
  private record Group(Provider provider, MunicipalityCode member, int[] assignments) {}

  /** The deliberate mistakes, each answered with its own retourcode. */
  enum Mistake { WRONG_TARIFF, OVER_CEILING, UNKNOWN_ASSIGNMENT, DUPLICATE_REFERENCE, CLAIMED_TWICE }

  private final Spec spec;
  private final java.util.List<Product> products;
  private final java.util.List<Provider> providers;
  private final java.util.List<Planned> planned;
  private final java.util.List<Group> groups;

  private RegionYear(Spec spec, java.util.List<Product> products, java.util.List<Provider> providers,
      java.util.List<Planned> planned) {
    this.spec = spec;
    this.products = products;
    this.providers = providers;
    this.planned = planned;
    this.groups = groups(providers, planned);
  }

  /** The plan of {@code spec}: pure, the same every time. */
  public static RegionYear plan(Spec spec) {
    Random random = new Random(spec.seed());
    java.util.List<Product> products = catalogue();
    java.util.List<Provider> providers = providers(spec, products, random);
    int clients = Math.min(spec.assignments(), TestRangeBsns.CAPACITY);
    List<Bsn> bsns = TestRangeBsns.first(clients);
    MunicipalityCode[] homes = new MunicipalityCode[clients];
    int[] firstProduct = new int[clients];
    for (int c = 0; c < clients; c++) {
      homes[c] = spec.oneMember() ? DemoRegion.OSS : home(random);
      firstProduct[c] = random.nextInt(products.size());
    }
    java.util.List<Planned> planned = new ArrayList<>(spec.assignments());
    for (int i = 0; i < spec.assignments(); i++) {
      int c = i % clients;
      // 13 and 40 are coprime: a client's second and third assignments are of other products (no stacking).
      Product product = products.get((firstProduct[c] + 13 * (i / clients)) % products.size());
      java.util.List<Provider> delivering = providers.stream()
          .filter(p -> p.lots().stream().anyMatch(l -> l.product().equals(product)))
          .toList();
      Provider provider = delivering.get(random.nextInt(delivering.size()));
      long quantity = product.minQuantity() + random.nextInt(product.maxQuantity() - product.minQuantity() + 1);
      boolean central = product.category().isShelteredHousingOrShelter();
      MunicipalityCode responsible = central ? DemoRegion.OSS : homes[c];
      Option<MunicipalityCode> attributed = central ? Option.some(homes[c]) : Option.none();
      planned.add(new Planned(i, bsns.get(c), responsible, attributed, product, provider, quantity));
    }
    return new RegionYear(spec, products, providers, planned);
  }

  public Spec spec() {
    return spec;
  }

  public java.util.List<Planned> planned() {
    return planned;
  }

  public java.util.List<Provider> providers() {
    return providers;
  }

  /** How many lines month {@code month}'s claims hold (regular lines plus the doubled ones). */
  public int lines(int month) {
    return unissued().claims(month).stream().mapToInt(c -> c.lines().size()).sum();
  }

  /** The day the claims of {@code month} are submitted: the fifth of the month after. */
  public static LocalDate submittedOn(int month) {
    return FIRST_MONTH.plusMonths(month).atDay(5);
  }

  public static YearMonth month(int month) {
    if (month < 1 || month > MAX_MONTHS) {
      throw new IllegalArgumentException("a claim month is 1.." + MAX_MONTHS);
    }
    return FIRST_MONTH.plusMonths(month - 1L);
  }

  /**
   * Defines the region, catalogue and contracts, then issues every planned assignment through
   * application, decision and assignment, timing each.
   *
   * @throws IllegalStateException when a use case refuses a step: a fault of the plan
   */
  public World issue(WmoKader wmo, StepClock clock) {
    define(wmo, clock);
    clock.set(ISSUE_DAY);
    AssignmentId[] ids = new AssignmentId[planned.size()];
    long[] nanos = new long[planned.size()];
    for (Planned a : planned) {
      long begin = System.nanoTime();
      ids[a.index()] = issue(wmo, a).id();
      nanos[a.index()] = System.nanoTime() - begin;
    }
    return new World(ids, nanos);
  }

  /**
   * Defines the region with its inhabitants, the catalogue, the providers and their contracts
   * through the use cases, as {@link #issue} does first; issues nothing.
   */
  public void define(WmoKader wmo, StepClock clock) {
    clock.set(SETUP_DAY);
    ok("define the region", wmo.region().defineRegion().defineRegion(REGION,
        new DefineRegionCommand(DemoRegion.NAME, DemoRegion.MEMBERS)));
    for (InhabitantCount c : DemoRegion.INHABITANTS) {
      ok("record inhabitants", wmo.region().recordInhabitants().recordInhabitants(REGION,
          new RecordInhabitantsCommand(c.municipality(), c.referenceDate(), c.inhabitants())));
    }
    for (Product p : products) {
      ok("define a product", wmo.catalogue().defineProduct().defineProduct(REGION, new DefineProductCommand(p.code(),
          p.category(), "Product " + p.code() + " (bench)", p.unit(), p.variant(), Option.some(p.frequency()),
          LocalDate.of(2024, 1, 1), Option.none(), Option.none())));
      ok("set a reference tariff", wmo.catalogue().setReferenceTariff().setReferenceTariff(REGION, new SetReferenceTariffCommand(
          p.code(), Money.ofCents(p.referenceCents()), PERIOD.start(), Option.none())));
    }
    for (Provider p : providers) {
      String digits = p.agb().value().substring(2);
      ok("register a provider", wmo.contracting().registerProvider().registerProvider(REGION, new RegisterProviderCommand(p.agb(),
          "Aanbieder " + digits + " (fictief)", ChamberOfCommerceNumber.of("99" + digits),
          List.of(ProviderDeliveryForm.IN_KIND),
          new ContactInput("Contactpersoon " + digits + " (fictief)", "toezicht" + digits + "@aanbieder.example",
              "+31 412 000 000"))));
      ok("contract a provider", wmo.contracting().contractProvider().contractProvider(REGION, new ContractProviderCommand(p.agb(),
          PERIOD, List.ofAll(p.lots()).map(l -> new NewLot(l.product().code(), PERIOD,
              l.own() ? Option.some(Money.ofCents(l.tariffCents())) : Option.none())))));
    }
  }

  /** The plan with stand-in identifiers, written nowhere: for a floor on its own. */
  public World unissued() {
    AssignmentId[] ids = new AssignmentId[planned.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = new AssignmentId(new UUID(0, i));
    }
    return new World(ids, new long[ids.length]);
  }

  private static Assignment issue(WmoKader wmo, Planned a) {
    Actor staff = Actor.municipality(a.responsible());
    Product p = a.product();
    Indication applied = ok("apply", wmo.indication().submitApplication().submitApplication(staff,
        SubmitApplicationCommand.withoutReport(a.client(), a.responsible(), a.attributedTo(), ISSUE_DAY)));
    Indication decided = ok("decide", wmo.indication().decideOnApplication().decideOnApplication(staff,
        DecideOnApplicationCommand.grant(applied.id(), ISSUE_DAY, new GrantTerms(p.category(), Option.some(p.code()),
            DeliveryForm.IN_KIND, a.quantity(), p.unit(), p.frequency(), PERIOD.start(), PERIOD.end(),
            List.of("Zelfstandig thuis blijven wonen (bench)"), PERIOD.start().plusMonths(6)))));
    return ok("issue an assignment", wmo.indication().issueAssignment().issueAssignment(staff, new IssueAssignmentCommand(
        decided.id(), a.provider().agb(), AssignmentType.SPECIFIC, Option.some(p.code()),
        Option.some(new Volume(a.quantity(), p.unit(), p.frequency())), PERIOD.start(), PERIOD.end())));
  }

  /** The plan written through a facade: the identifiers the use cases gave, and how long each issue took. */
  public final class World {
    private final AssignmentId[] ids;
    private final long[] issueNanos;

    private World(AssignmentId[] ids, long[] issueNanos) {
      this.ids = ids;
      this.issueNanos = issueNanos;
    }

    public RegionYear plan() {
      return RegionYear.this;
    }

    public AssignmentId id(int index) {
      return ids[index];
    }

    /** Nanoseconds each issue (application, decision, assignment) took, in issue order. */
    public long[] issueNanos() {
      return issueNanos.clone();
    }

    /** Month {@code month}'s claims, in the order a provider submits them. */
    public java.util.List<RawClaim> claims(int month) {
      return RegionYear.this.claims(month, i -> ids[i]);
    }
  }

  /**
   * The claims of {@code month} (1-based): per provider and member one claim (split into parts of
   * at most {@link SubmitClaimUseCase#MAX_LINES} lines), one line per assignment for the whole
   * month, and about {@link #MISTAKES_PER_MILLE} per thousand lines wrong: each drawn from a
   * random of its own month, so any month can be made alone.
   */
  java.util.List<RawClaim> claims(int month, IntFunction<AssignmentId> ids) {
    YearMonth ym = month(month);
    String yymm = ym.format(YYMM);
    Random random = new Random(spec.seed() * 1_000_003L + month);
    java.util.List<RawClaim> claims = new ArrayList<>();
    Map<AgbCode, Integer> sequence = new HashMap<>();
    Map<AgbCode, String> lastReference = new HashMap<>();
    for (Group g : groups) {
      AgbCode agb = g.provider().agb();
      int seq = sequence.getOrDefault(agb, 0);
      java.util.List<ClaimLineInput> lines = new ArrayList<>(g.assignments().length + 8);
      for (int index : g.assignments()) {
        Planned a = planned.get(index);
        long volume = volume(a, ym, random);
        long tariff = g.provider().tariffCents(a.product().code());
        String reference = reference(yymm, ++seq);
        AssignmentId id = ids.apply(index);
        if (random.nextInt(1000) >= MISTAKES_PER_MILLE) {
          lines.add(line(reference, id, a, ym, volume, tariff));
          lastReference.put(agb, reference);
          continue;
        }
        switch (Mistake.values()[random.nextInt(Mistake.values().length)]) {
          case OVER_CEILING:
            // Seven weeks' volume: above every month's ceiling (at most six weeks).
            lines.add(line(reference, id, a, ym, 7 * a.quantity(), tariff));
            break;
          case UNKNOWN_ASSIGNMENT:
            // A high bit set: never one of SequentialIds' (0, n).
            lines.add(line(reference, new AssignmentId(new UUID(random.nextLong() | Long.MIN_VALUE,
                random.nextLong())), a, ym, volume, tariff));
            break;
          case DUPLICATE_REFERENCE:
            // Any reference the provider sent before is taken; before its first line, a wrong tariff instead.
            String used = lastReference.get(agb);
            lines.add(used != null ? line(used, id, a, ym, volume, tariff) : line(reference, id, a, ym, volume, tariff + 1));
            break;
          case CLAIMED_TWICE:
            lines.add(line(reference, id, a, ym, volume, tariff));
            lines.add(line(reference(yymm, ++seq), id, a, ym, volume, tariff));
            break;
          case WRONG_TARIFF:
          default:
            lines.add(line(reference, id, a, ym, volume, tariff + 1 + random.nextInt(250)));
            break;
        }
        lastReference.put(agb, lines.get(lines.size() - 1).reference());
      }
      sequence.put(agb, seq);
      int parts = (lines.size() + SubmitClaimUseCase.MAX_LINES - 1) / SubmitClaimUseCase.MAX_LINES;
      for (int part = 0; part < parts; part++) {
        java.util.List<ClaimLineInput> slice = lines.subList(part * SubmitClaimUseCase.MAX_LINES,
            Math.min(lines.size(), (part + 1) * SubmitClaimUseCase.MAX_LINES));
        claims.add(new RawClaim(agb, g.member(), ym, "D" + yymm + g.member().value() + "-" + (part + 1),
            List.ofAll(slice)));
      }
    }
    return claims;
  }

  /** Unique per provider: the month and a running number (12 characters, the most iWmo allows). */
  private static String reference(String yymm, int seq) {
    return yymm + "-" + String.format("%07d", seq);
  }

  private static ClaimLineInput line(String reference, AssignmentId id, Planned a, YearMonth ym, long volume,
      long tariff) {
    Product p = a.product();
    return new ClaimLineInput(reference, null, id.toString(), a.client().value(), p.category().code(), p.code().value(),
        ym.atDay(1), ym.atEndOfMonth(), volume, p.unit().code(), tariff, volume * tariff, DebitCredit.DEBIT);
  }

  /**
   * What a provider claims for a whole month: a weekly volume times the month's days over seven
   * (rounded down), a monthly volume as granted; one unit less now and then. Always within the
   * month's ceiling and, summed, within the assignment's.
   */
  private static long volume(Planned a, YearMonth ym, Random random) {
    long q = a.quantity();
    long claimed = a.product().frequency() == PER_WEEK ? Math.max(1, q * ym.lengthOfMonth() / 7) : q;
    return claimed > 1 && random.nextInt(5) == 0 ? claimed - 1 : claimed;
  }

  /**
   * Forty products over eleven kinds: hours, day parts, days and nights, pieces of effort and of
   * output; weekly and monthly volumes; effort- and output-based. No aids: they are claimed once,
   * not monthly.
   */
  static java.util.List<Product> catalogue() {
    java.util.List<Product> all = new ArrayList<>();
    kind(all, ProductCategory.HOUSEHOLD_HELP, Unit.HOUR, EFFORT_BASED, PER_WEEK, 35_20, 2, 5, 4);
    kind(all, ProductCategory.GUIDANCE, Unit.HOUR, EFFORT_BASED, PER_WEEK, 67_40, 1, 6, 6);
    kind(all, ProductCategory.GUIDANCE, Unit.HOUR, EFFORT_BASED, PER_MONTH, 69_10, 4, 20, 4);
    kind(all, ProductCategory.PERSONAL_CARE, Unit.HOUR, EFFORT_BASED, PER_WEEK, 60_80, 2, 8, 4);
    kind(all, ProductCategory.SHORT_STAY, Unit.DAY_AND_NIGHT, EFFORT_BASED, PER_MONTH, 149_80, 2, 8, 2);
    kind(all, ProductCategory.DAY_ACTIVITIES, Unit.DAY_PART, EFFORT_BASED, PER_WEEK, 45_50, 2, 6, 6);
    kind(all, ProductCategory.TRANSPORT_SERVICES, Unit.PIECE_EFFORT, EFFORT_BASED, PER_MONTH, 12_50, 4, 30, 2);
    kind(all, ProductCategory.OTHER_INDIVIDUAL_SUPPORT, Unit.PIECE_OUTPUT, OUTPUT_BASED, PER_MONTH, 450_00, 1, 1, 4);
    kind(all, ProductCategory.HOUSING_SERVICES, Unit.PIECE_OUTPUT, OUTPUT_BASED, PER_MONTH, 250_00, 1, 1, 2);
    kind(all, ProductCategory.SHELTERED_HOUSING, Unit.DAY_AND_NIGHT, EFFORT_BASED, PER_WEEK, 149_80, 7, 7, 4);
    kind(all, ProductCategory.SHELTERED_HOUSING, Unit.HOUR, EFFORT_BASED, PER_WEEK, 77_30, 2, 6, 2);
    return java.util.List.copyOf(all);
  }

  private static void kind(java.util.List<Product> all, ProductCategory category, Unit unit, ExecutionVariant variant,
      Frequency frequency, long cents, int min, int max, int count) {
    for (int i = 0; i < count; i++) {
      long n = all.stream().filter(p -> p.category() == category).count() + 1;
      all.add(new Product(ProductCode.of(category.code() + "B" + String.format("%02d", n)), category, unit, variant,
          frequency, cents + 37 * i, min, max));
    }
  }

  /**
   * Provider {@code p} holds a lot of every product {@code j} with {@code j mod providers = p}, so
   * every product has a provider, and of 5 to 11 more; one lot in five at an own tariff a little under the reference tariff.
   */
  private static java.util.List<Provider> providers(Spec spec, java.util.List<Product> products, Random random) {
    java.util.List<Provider> providers = new ArrayList<>();
    for (int p = 0; p < spec.providers(); p++) {
      TreeSet<Integer> chosen = new TreeSet<>();
      for (int i = p % products.size(); i < products.size(); i += spec.providers()) {
        chosen.add(i);
      }
      int more = Math.min(products.size(), chosen.size() + 5 + random.nextInt(7));
      while (chosen.size() < more) {
        chosen.add(random.nextInt(products.size()));
      }
      java.util.List<Lot> lots = new ArrayList<>();
      for (int i : chosen) {
        Product product = products.get(i);
        boolean own = random.nextInt(5) == 0;
        lots.add(new Lot(product, own ? product.referenceCents() - 1 - random.nextInt(300) : product.referenceCents(),
            own));
      }
      providers.add(new Provider(AgbCode.of(String.format("98%06d", 100_000 + p + 1)), java.util.List.copyOf(lots)));
    }
    return java.util.List.copyOf(providers);
  }

  /** A member by weight of its population, as the demo does: Oss and Land van Cuijk 8, Maashorst 5, Bernheze 3, Boekel 1. */
  private static MunicipalityCode home(Random random) {
    int slot = random.nextInt(25);
    return slot < 8 ? DemoRegion.OSS : slot < 16 ? DemoRegion.LAND_VAN_CUIJK : slot < 21 ? DemoRegion.MAASHORST
        : slot < 24 ? DemoRegion.BERNHEZE : DemoRegion.BOEKEL;
  }

  /** Claims are per provider (in AGB order) and responsible member (in region order), lines in plan order. */
  private static java.util.List<Group> groups(java.util.List<Provider> providers, java.util.List<Planned> planned) {
    java.util.List<Group> groups = new ArrayList<>();
    for (Provider provider : providers) {
      for (var member : DemoRegion.MEMBERS) {
        int[] indices = planned.stream()
            .filter(a -> a.provider() == provider && a.responsible().equals(member.code()))
            .mapToInt(Planned::index).toArray();
        if (indices.length > 0) {
          groups.add(new Group(provider, member.code(), indices));
        }
      }
    }
    return java.util.List.copyOf(groups);
  }

  static <T> T ok(String step, Either<DomainError, T> result) {
    if (result.isLeft()) {
      throw new IllegalStateException("bench data: " + step + " was refused: " + result.getLeft().code() + ": "
          + result.getLeft().message());
    }
    return result.get();
  }
}
