package nl.wmokader.core.monitoring;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.BiFunction;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.indication.AssignmentGen;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.indication.domain.AssignmentStatus;
import nl.wmokader.core.indication.domain.AssignmentStop;
import nl.wmokader.core.indication.domain.AssignmentType;
import nl.wmokader.core.indication.domain.IndicationId;
import nl.wmokader.core.indication.domain.StopReason;
import nl.wmokader.core.indication.domain.Volume;
import nl.wmokader.core.monitoring.domain.AssignmentFact;
import nl.wmokader.core.monitoring.domain.ChainLink;
import nl.wmokader.core.monitoring.domain.DeliveredVolume;
import nl.wmokader.core.monitoring.domain.FigureFilter;
import nl.wmokader.core.monitoring.domain.FigureKey;
import nl.wmokader.core.monitoring.domain.Figures;
import nl.wmokader.core.monitoring.domain.RecoveredTotal;
import nl.wmokader.core.settlement.domain.SettlementTotal;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.SharedGen;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of the monitoring figures' facts: assignments in a window around the first half of
 * 2026 (issue, start and stop dates close together, so that months see starts, stops and gaps), few
 * clients, members, providers and products (so that cells hold several and clients repeat),
 * delivered volumes, settlement totals, inhabitants and norms. Clients are test-range BSNs only.
 */
public final class FiguresGen {
  private FiguresGen() {}

  public static final LocalDate WINDOW = LocalDate.of(2025, 11, 1);
  public static final List<MunicipalityCode> MEMBERS = List.of(SharedGen.REFERENCE_MEMBERS.get(0),
      SharedGen.REFERENCE_MEMBERS.get(1), SharedGen.REFERENCE_MEMBERS.get(2));
  public static final List<AgbCode> PROVIDERS = List.of(AgbCode.of("12345678"), AgbCode.of("23456789"),
      AgbCode.of("34567890"));
  public static final List<ProductCode> PRODUCTS = List.of(AssignmentGen.GUIDANCE_A, AssignmentGen.GUIDANCE_B,
      AssignmentGen.HOUSEHOLD);

  /** One of the first eight test-range clients. */
  public static Bsn client(int n) {
    return AssignmentGen.client(n);
  }

  /** A consistent assignment (never deleted, never saved) in the window. */
  public static Gen<Assignment> assignments() {
    return in -> {
      Bsn client = client(integers().between(0, 7).generate(in));
      ProductCode product = PRODUCTS.get(integers().between(0, PRODUCTS.size() - 1).generate(in));
      boolean specific = integers().between(0, 3).generate(in) > 0;
      Option<Volume> volume = specific || Generate.booleans().generate(in)
          ? Option.some(AssignmentGen.volumes().generate(in)) : Option.none();
      LocalDate assignedOn = WINDOW.plusDays(integers().between(0, 300).generate(in));
      LocalDate validFrom = assignedOn.minusDays(integers().between(0, 20).generate(in));
      int shape = integers().between(0, 9).generate(in);  // 0-1 waiting, 2-4 delivering, 5-8 stopped, 9 ended unstarted
      Option<LocalDate> start = shape >= 2 && shape <= 8
          ? Option.some(validFrom.plusDays(integers().between(0, 80).generate(in))) : Option.none();
      LocalDate stopDay = start.getOrElse(validFrom).plusDays(integers().between(0, 120).generate(in));
      StopReason reason = AssignmentGen.stopReasons().generate(in);
      Option<AssignmentStop> stop = shape >= 5 ? Option.some(new AssignmentStop(stopDay, reason)) : Option.none();
      Option<LocalDate> validUntil = stop.isDefined() && (shape == 9 || reason == StopReason.CHANGE_REQUEST)
          ? Option.some(stopDay)
          : Generate.booleans().generate(in) ? Option.none()
          : Option.some(stop.map(AssignmentStop::date).getOrElse(start.getOrElse(validFrom))
              .plusDays(integers().between(0, 90).generate(in)));
      AssignmentStatus status = shape <= 1 ? AssignmentStatus.ASSIGNED : shape <= 4 ? AssignmentStatus.DELIVERING
          : shape == 9 || reason == StopReason.CHANGE_REQUEST ? AssignmentStatus.ENDED : AssignmentStatus.STOPPED;
      Option<MunicipalityCode> attributed = integers().between(0, 4).generate(in) == 0
          ? Option.some(MEMBERS.get(integers().between(0, 2).generate(in))) : Option.none();
      return Assignment.builder()
          .id(AssignmentGen.ids().generate(in))
          .indication(new IndicationId(AssignmentGen.ids().generate(in).value()))
          .client(client)
          .responsibleMunicipality(MEMBERS.get(integers().between(0, 2).generate(in)))
          .attributedTo(attributed)
          .provider(PROVIDERS.get(integers().between(0, 2).generate(in)))
          .type(specific ? AssignmentType.SPECIFIC : AssignmentType.ASPECIFIC)
          .category(AssignmentGen.categoryOf(product))
          .product(specific ? Option.some(product) : Option.none())
          .volume(specific ? Option.some(volume.getOrElse(() -> new Volume(3, Unit.HOUR,
              nl.wmokader.core.catalogue.domain.Frequency.PER_WEEK))) : volume)
          .validity(DateRange.of(validFrom, validUntil))
          .assignedOn(assignedOn)
          .deliveryStart(start)
          .stop(stop)
          .status(status)
          .build();
    };
  }

  /** Up to 40 assignments with distinct identifiers (a store keeps one per identifier). */
  public static Gen<List<Assignment>> assignmentLists() {
    return in -> List.fill(integers().between(0, 40).generate(in), () -> assignments().generate(in))
        .zipWithIndex().map(ai -> Assignment.copyOf(ai._1)
            .withId(new AssignmentId(new java.util.UUID(1, ai._2 + 1))));
  }

  /** The facts of {@code assignments}, each client numbered by its BSN. */
  public static Seq<AssignmentFact> facts(Seq<Assignment> assignments) {
    // the generated assignments replace none: each its own number (chains: FiguresPropertiesTest)
    return assignments.zipWithIndex((a, i) -> new AssignmentFact(Long.parseLong(a.client().value()),
        a.attributedTo().getOrElse(a.responsibleMunicipality()), a.provider(), a.category(), a.product(),
        a.validity(), a.assignedOn(), a.deliveryStart(), a.stop(), a.volume(), ChainLink.alone(i + 1L)));
  }

  public static Gen<YearMonth> months() {
    return integers().between(0, 9).map(k -> YearMonth.from(WINDOW).plusMonths(k));
  }

  public static Gen<FigureFilter> filters() {
    return in -> {
      YearMonth from = months().generate(in);
      FigureFilter f = FigureFilter.months(from, from.plusMonths(integers().between(0, 3).generate(in)));
      if (integers().between(0, 3).generate(in) == 0) {
        f = f.withMember(MEMBERS.get(integers().between(0, 2).generate(in)));
      }
      if (integers().between(0, 3).generate(in) == 0) {
        f = f.withProvider(PROVIDERS.get(integers().between(0, 2).generate(in)));
      }
      int product = integers().between(0, 7).generate(in);
      if (product < PRODUCTS.size()) {
        f = f.withProduct(PRODUCTS.get(product));
      } else if (product == 3) {
        f = f.withCategory(AssignmentGen.categoryOf(PRODUCTS.get(0)));
      }
      return f;
    };
  }

  public static Gen<List<DeliveredVolume>> delivered() {
    return in -> List.fill(integers().between(0, 15).generate(in), () -> DeliveredVolume.of(keys().generate(in),
        Generate.pick(java.util.List.of(Unit.HOUR, Unit.MINUTE, Unit.EUROS, Unit.DAY_PART)).generate(in),
        longs().between(0, 5_000).generate(in)));
  }

  public static Gen<FigureKey> keys() {
    return in -> {
      ProductCode product = PRODUCTS.get(integers().between(0, 2).generate(in));
      return new FigureKey(months().generate(in), MEMBERS.get(integers().between(0, 2).generate(in)),
          PROVIDERS.get(integers().between(0, 2).generate(in)), AssignmentGen.categoryOf(product),
          Generate.booleans().generate(in) ? Option.some(product) : Option.none());
    };
  }

  /** Recovered totals: a few per question, on the keys' months, members and providers (none twice). */
  public static Gen<List<RecoveredTotal>> recovered() {
    return in -> List.fill(integers().between(0, 6).generate(in), () -> {
      FigureKey k = keys().generate(in);
      return new RecoveredTotal(k.month(), k.member(), k.provider(),
          Money.ofCents(longs().between(1, 20_000_000).generate(in)), longs().between(1, 3).generate(in));
    }).distinctBy(r -> Tuple.of(r.month(), r.member(), r.provider()));
  }

  public static Gen<List<SettlementTotal>> totals() {
    return in -> List.fill(integers().between(0, 15).generate(in), () -> {
      FigureKey k = keys().generate(in);
      return new SettlementTotal(k.month(), k.member(), k.provider(), k.category(), k.product(),
          Money.ofCents(longs().between(0, 10_000_000).generate(in)), Money.ofCents(longs().between(0, 1_000_000).generate(in)),
          longs().between(0, 50).generate(in));
    });
  }

  /** Inhabitants per member and year (2025, 2026): sometimes unknown, sometimes 0, usually 5,000..200,000. */
  public static Gen<Map<Tuple2<MunicipalityCode, Integer>, Long>> inhabitants() {
    return in -> {
      Map<Tuple2<MunicipalityCode, Integer>, Long> counts = HashMap.empty();
      for (MunicipalityCode m : MEMBERS) {
        for (int year = 2025; year <= 2026; year++) {
          int pick = integers().between(0, 9).generate(in);
          if (pick > 0) {
            counts = counts.put(Tuple.of(m, year), pick == 1 ? 0L : longs().between(5_000, 200_000).generate(in));
          }
        }
      }
      return counts;
    };
  }

  /** A norm per provider that may change on 1 March 2026 (contracts in force on the assignment date). */
  public static Gen<BiFunction<AgbCode, LocalDate, Option<Integer>>> norms() {
    return in -> {
      Map<Tuple2<AgbCode, Boolean>, Integer> norms = HashMap.empty();
      for (AgbCode p : PROVIDERS) {
        for (boolean late : new boolean[] {false, true}) {
          int pick = integers().between(0, 60).generate(in);
          if (pick > 0) {
            norms = norms.put(Tuple.of(p, late), pick);
          }
        }
      }
      Map<Tuple2<AgbCode, Boolean>, Integer> fixed = norms;
      return (provider, date) -> fixed.get(Tuple.of(provider, !date.isBefore(LocalDate.of(2026, 3, 1))));
    };
  }

  public static Figures.Context context(Map<Tuple2<MunicipalityCode, Integer>, Long> inhabitants,
                                        BiFunction<AgbCode, LocalDate, Option<Integer>> norm) {
    return new Figures.Context(MEMBERS, (m, year) -> inhabitants.get(Tuple.of(m, year)), norm);
  }

}
