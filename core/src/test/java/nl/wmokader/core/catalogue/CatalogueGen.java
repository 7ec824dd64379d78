package nl.wmokader.core.catalogue;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.catalogue.domain.ExecutionVariant;
import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.Product;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.catalogue.domain.ProductVersion;
import nl.wmokader.core.catalogue.domain.ReferenceTariff;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.SharedGen;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of the catalogue subdomain (core test-jar), and the reference catalogue. */
public final class CatalogueGen {
  private CatalogueGen() {}

  private static final String CODE_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

  /** What a version says apart from its code, category, owner and validity. */
  public record VersionSpec(String name, Unit unit, ExecutionVariant variant, Option<Frequency> frequency) {
    public ProductVersion toVersion(ProductCode code, ProductCategory category, Option<MunicipalityCode> localTo, DateRange validity) {
      return ProductVersion.builder().code(code).category(category).name(name).unit(unit).variant(variant)
          .frequency(frequency).validity(validity).localTo(localTo).build();
    }
  }

  /** Any valid product code: one to five capitals or digits. */
  public static Gen<ProductCode> codes() {
    Gen<Character> chars = integers().between(0, CODE_CHARS.length() - 1).map(CODE_CHARS::charAt);
    return lists().of(chars).ofSizeBetween(1, 5)
        .map(cs -> ProductCode.of(cs.stream().map(String::valueOf).reduce("", String::concat)));
  }

  /** A handful of codes, so that generated products collide often. */
  public static Gen<ProductCode> fewCodes() {
    return Generate.pick(java.util.List.of(
        ProductCode.of("01A01"), ProductCode.of("02A01"), ProductCode.of("07A01"),
        ProductCode.of("11A01"), ProductCode.of("15A01"), ProductCode.of("9")));
  }

  public static Gen<ProductCategory> categories() {
    return Generate.enumValues(ProductCategory.class);
  }

  /** Regional (none) about half the time, else local to one of the reference members. */
  public static Gen<Option<MunicipalityCode>> owners() {
    return Generate.oneOf(Generate.constant(Option.<MunicipalityCode>none()), SharedGen.members().map(Option::some));
  }

  /** Product names, including characters a careless adapter would mangle. */
  public static Gen<String> names() {
    return Generate.pick(java.util.List.of(
        "Hulp bij het huishouden", "Begeleiding individueel", "Dagbesteding 'groep' & co",
        "Persoonlijke verzorging – nacht", "Rolstoel (handbewogen)", "Beschermd wonen – café ë",
        "X", "Kortdurend verblijf 24/7"))
        .zip(integers().between(0, 99), (n, i) -> i == 0 ? n : n + " " + i);
  }

  public static Gen<VersionSpec> versionSpecs() {
    return names().zip(Generate.enumValues(Unit.class), Generate.enumValues(ExecutionVariant.class),
        Generate.oneOf(Generate.constant(Option.<Frequency>none()), Generate.enumValues(Frequency.class).map(Option::some)),
        VersionSpec::new);
  }

  /** Reference tariffs per unit: zero up to €20,000.00. */
  public static Gen<Money> tariffs() {
    return longs().between(0, 2_000_000).map(Money::ofCents);
  }

  /** A validity from a start in 2023..2030, closed after 0..400 days or open-ended. */
  public static Gen<DateRange> validities() {
    return SharedGen.dates().zip(integers().between(0, 400), Generate.booleans(),
        (start, days, open) -> open ? DateRange.from(start) : DateRange.of(start, start.plusDays(days)));
  }

  /**
   * {@code min..max} payloads on ordered, disjoint date ranges with gaps of 0..60 days between them;
   * the last one open-ended about half the time.
   */
  public static <T> Gen<List<Tuple2<DateRange, T>>> chains(Gen<T> payload, int min, int max) {
    Gen<Tuple2<Integer, Integer>> slots = integers().between(0, 60).zip(integers().between(0, 500), Tuple::of);
    return SharedGen.dates().zip(lists().of(slots.zip(payload, Tuple::of)).ofSizeBetween(min, max), Generate.booleans(),
        (start, raw, openLast) -> {
          List<Tuple2<DateRange, T>> out = List.empty();
          LocalDate cursor = start;
          for (int i = 0; i < raw.size(); i++) {
            LocalDate from = cursor.plusDays(raw.get(i)._1._1);
            LocalDate until = from.plusDays(raw.get(i)._1._2);
            boolean open = openLast && i == raw.size() - 1;
            out = out.append(Tuple.of(open ? DateRange.from(from) : DateRange.of(from, until), raw.get(i)._2));
            cursor = until.plusDays(1);
          }
          return out;
        });
  }

  /** Unsaved products (version 0) with 1..5 versions and 0..4 reference tariffs. */
  public static Gen<Product> products() {
    return products(codes());
  }

  /** Unsaved products whose code comes from {@code codes}. */
  public static Gen<Product> products(Gen<ProductCode> codes) {
    return codes.zip(categories(), owners(), chains(versionSpecs(), 1, 5), chains(tariffs(), 0, 4),
        (code, category, owner, versions, tariffs) -> Product.builder()
            .code(code)
            .category(category)
            .localTo(owner)
            .versions(versions.map(v -> v._2.toVersion(code, category, owner, v._1)))
            .tariffs(tariffs.map(t -> new ReferenceTariff(t._2, t._1)))
            .build());
  }

  /** Unsaved products local to one of the reference members. */
  public static Gen<Product> localProducts() {
    return products().zip(SharedGen.members(), (p, m) -> relocate(p, Option.some(m)));
  }

  /** {@code product} moved to another owner (none: regional), with its versions. */
  public static Product relocate(Product product, Option<MunicipalityCode> owner) {
    return rebuild(product, product.code(), owner);
  }

  /** {@code product} under another code, with its versions. */
  public static Product recode(Product product, ProductCode code) {
    return rebuild(product, code, product.localTo());
  }

  private static Product rebuild(Product p, ProductCode code, Option<MunicipalityCode> owner) {
    return Product.builder().code(code).category(p.category()).localTo(owner)
        .versions(p.versions().map(v -> ProductVersion.copyOf(v).withCode(code).withLocalTo(owner)))
        .tariffs(p.tariffs()).version(p.version()).build();
  }

  /** Whether two products may be stored side by side: distinct codes. */
  public static List<Product> distinctByCode(java.util.List<Product> products) {
    return List.ofAll(products).distinctBy(Product::code);
  }

  // ---------------------------------------------------------------------------------------------
  // The reference catalogue

  private static final LocalDate Y2024 = LocalDate.of(2024, 1, 1);
  private static final LocalDate Y2025 = LocalDate.of(2025, 1, 1);
  private static final LocalDate Y2026 = LocalDate.of(2026, 1, 1);

  /**
   * A visibly fictional regional catalogue (names end in "(demo)", tariffs are made up) across
   * categories 01, 02, 03, 07, 11 and 15, each product valid from 2024 with reference tariffs for
   * 2024, 2025 and an open-ended one from 2026, in cents. One product was revised in 2025. Unsaved
   * (version 0), ordered by code; the example service seeds it.
   */
  public static List<Product> referenceCatalogue() {
    return List.of(
        reference("01A01", ProductCategory.HOUSEHOLD_HELP, "Hulp bij het huishouden (demo)",
            Unit.HOUR, ExecutionVariant.EFFORT_BASED, Frequency.PER_WEEK, 3_450, 3_612, 3_745)
            .revise(ProductVersion.builder().code(ProductCode.of("01A01")).category(ProductCategory.HOUSEHOLD_HELP)
                .name("Hulp bij het huishouden basis (demo)").unit(Unit.HOUR).variant(ExecutionVariant.EFFORT_BASED)
                .frequency(Option.some(Frequency.PER_WEEK)).validity(DateRange.from(Y2025)).build())
            .get(),
        reference("01A02", ProductCategory.HOUSEHOLD_HELP, "Hulp bij het huishouden plus (demo)",
            Unit.HOUR, ExecutionVariant.EFFORT_BASED, Frequency.PER_WEEK, 3_890, 4_072, 4_221),
        reference("01B01", ProductCategory.HOUSEHOLD_HELP, "Schoon en leefbaar huis, maandresultaat (demo)",
            Unit.PIECE_OUTPUT, ExecutionVariant.OUTPUT_BASED, Frequency.PER_MONTH, 51_200, 53_600, 55_560),
        reference("02A01", ProductCategory.GUIDANCE, "Individuele begeleiding basis (demo)",
            Unit.HOUR, ExecutionVariant.EFFORT_BASED, Frequency.PER_WEEK, 6_480, 6_785, 7_030),
        reference("02A02", ProductCategory.GUIDANCE, "Individuele begeleiding specialistisch (demo)",
            Unit.HOUR, ExecutionVariant.EFFORT_BASED, Frequency.PER_WEEK, 8_120, 8_502, 8_810),
        reference("02B01", ProductCategory.GUIDANCE, "Begeleiding in minuten (demo)",
            Unit.MINUTE, ExecutionVariant.EFFORT_BASED, Frequency.PER_WEEK, 108, 113, 117),
        reference("03A01", ProductCategory.PERSONAL_CARE, "Persoonlijke verzorging (demo)",
            Unit.HOUR, ExecutionVariant.EFFORT_BASED, Frequency.PER_WEEK, 5_890, 6_167, 6_390),
        reference("07A01", ProductCategory.DAY_ACTIVITIES, "Dagbesteding basis, dagdeel (demo)",
            Unit.DAY_PART, ExecutionVariant.EFFORT_BASED, Frequency.PER_WEEK, 4_150, 4_345, 4_502),
        reference("07A02", ProductCategory.DAY_ACTIVITIES, "Dagbesteding intensief, dagdeel (demo)",
            Unit.DAY_PART, ExecutionVariant.EFFORT_BASED, Frequency.PER_WEEK, 6_230, 6_523, 6_759),
        reference("11A01", ProductCategory.WHEELCHAIRS, "Handbewogen rolstoel (demo)",
            Unit.PIECE_OUTPUT, ExecutionVariant.OUTPUT_BASED, Frequency.TOTAL, 145_000, 151_800, 157_300),
        reference("11A02", ProductCategory.WHEELCHAIRS, "Elektrische rolstoel (demo)",
            Unit.PIECE_OUTPUT, ExecutionVariant.OUTPUT_BASED, Frequency.TOTAL, 620_000, 649_100, 672_600),
        reference("15A01", ProductCategory.SHELTERED_HOUSING, "Beschermd wonen, etmaal, basis (demo)",
            Unit.DAY_AND_NIGHT, ExecutionVariant.EFFORT_BASED, Frequency.PER_WEEK, 11_850, 12_407, 12_856),
        reference("15A02", ProductCategory.SHELTERED_HOUSING, "Beschermd wonen, etmaal, intensief (demo)",
            Unit.DAY_AND_NIGHT, ExecutionVariant.EFFORT_BASED, Frequency.PER_WEEK, 17_340, 18_155, 18_811));
  }

  private static Product reference(String code, ProductCategory category, String name, Unit unit,
      ExecutionVariant variant, Frequency frequency, long cents2024, long cents2025, long cents2026) {
    Product defined = Product.define(ProductVersion.builder()
        .code(ProductCode.of(code)).category(category).name(name).unit(unit).variant(variant)
        .frequency(Option.some(frequency)).validity(DateRange.from(Y2024)).build());
    return defined
        .setReferenceTariff(new ReferenceTariff(Money.ofCents(cents2024), DateRange.from(Y2024)))
        .flatMap(p -> p.setReferenceTariff(new ReferenceTariff(Money.ofCents(cents2025), DateRange.of(Y2025, Y2025.withMonth(12).withDayOfMonth(31)))))
        .flatMap(p -> p.setReferenceTariff(new ReferenceTariff(Money.ofCents(cents2026), DateRange.from(Y2026))))
        .get();
  }
}
