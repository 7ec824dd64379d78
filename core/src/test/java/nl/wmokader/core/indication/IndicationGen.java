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
import nl.wmokader.core.indication.domain.Decision;
import nl.wmokader.core.indication.domain.DeliveryForm;
import nl.wmokader.core.indication.domain.Grant;
import nl.wmokader.core.indication.domain.Indication;
import nl.wmokader.core.indication.domain.IndicationId;
import nl.wmokader.core.indication.domain.IntakeDeadlines;
import nl.wmokader.core.indication.domain.ObjectionOutcome;
import nl.wmokader.core.indication.domain.Volume;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.SharedGen;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of the indication subdomain (core test-jar): cases in every stage of intake, decision
 * and objection, in the reference region, with test-range BSNs only. Cases are built through the
 * aggregate's own steps, so every generated case is one the rules can reach.
 */
public final class IndicationGen {
  private IndicationGen() {}

  /** The reference region's central municipality (Oss). */
  public static final MunicipalityCode CENTRAL = MunicipalityCode.of("0828");

  private static final IntakeDeadlines DEADLINES = IntakeDeadlines.reference();

  private static final java.util.List<String> GOALS = java.util.List.of(
      "Zelfstandig wonen", "Een schoon en leefbaar huis", "Één dag per week dagbesteding",
      "Grip op de administratie", "Veilig onderdak, daarna uitstroom naar eigen woning");

  private static final java.util.List<String> REASONS = java.util.List.of(
      "Voorliggende voorziening volstaat", "Eigen kracht en netwerk voldoende",
      "Geen ingezetene van de gemeente", "Algemene voorziening is passend ('s avonds)");

  /** The stages a generated case can be in. */
  public enum Stage { REPORTED, ASSESSED, APPLIED, DECIDED, OBJECTED, OBJECTION_DECIDED }

  public static Gen<IndicationId> ids() {
    return longs().all().zip(longs().all(), (hi, lo) -> new IndicationId(new java.util.UUID(hi, lo)));
  }

  public static Gen<Bsn> clients() {
    return SharedGen.testBsns();
  }

  /** The {@code n}th valid test-range BSN: a fixed client for examples. */
  public static Bsn client(int n) {
    return List.range(0, 10_000).flatMap(SharedGen::testBsnFrom).get(n);
  }

  /** A handful of clients, so that cases of one client meet. */
  public static Gen<Bsn> fewClients() {
    return Generate.pick(List.range(0, 4).map(IndicationGen::client).toJavaList());
  }

  /** The parties of a case: a member responsible; on the central member's cases sometimes a municipality of origin. */
  public static Gen<Parties> parties() {
    return rs -> {
      MunicipalityCode responsible = Generate.frequency(
          org.quicktheories.api.Pair.of(2, Generate.constant(CENTRAL)),
          org.quicktheories.api.Pair.of(3, SharedGen.members())).generate(rs);
      boolean attributed = responsible.equals(CENTRAL) && Generate.booleans().generate(rs);
      Option<MunicipalityCode> attributedTo = attributed ? Option.some(SharedGen.members().generate(rs)) : Option.none();
      return new Parties(responsible, attributedTo);
    };
  }

  /** Who is responsible for a case and, for sheltered housing or shelter, who it is attributed to. */
  public record Parties(MunicipalityCode responsible, Option<MunicipalityCode> attributedTo) {}

  public static Gen<ProductCategory> categories(boolean shelter) {
    return Generate.pick(List.of(ProductCategory.values()).filter(c -> c.isShelteredHousingOrShelter() == shelter).toJavaList());
  }

  public static Gen<String> goals() {
    return Generate.pick(GOALS);
  }

  public static Gen<String> refusalReasons() {
    return Generate.pick(REASONS);
  }

  /** A grant starting around {@code around}; sheltered housing or shelter when {@code shelter}. */
  public static Gen<Grant> grants(boolean shelter, LocalDate around) {
    return rs -> {
      ProductCategory category = categories(shelter).generate(rs);
      Option<ProductCode> product = Generate.booleans().generate(rs)
          ? Option.some(ProductCode.of(category.code() + Generate.pick(java.util.List.of("A01", "B", "X9Z")).generate(rs)))
          : Option.none();
      Frequency frequency = Generate.enumValues(Frequency.class).generate(rs);
      LocalDate start = around.plusDays(integers().between(-30, 30).generate(rs));
      boolean closed = frequency == Frequency.PER_WEEK || Generate.booleans().generate(rs);
      Option<LocalDate> end = closed ? Option.some(start.plusDays(integers().between(0, 730).generate(rs))) : Option.none();
      List<String> goals = List.fill(integers().between(1, 3).generate(rs), () -> goals().generate(rs));
      return Grant.builder()
          .category(category)
          .product(product)
          .form(Generate.enumValues(DeliveryForm.class).generate(rs))
          .volume(new Volume(longs().between(1, 100_000).generate(rs), Generate.enumValues(Unit.class).generate(rs), frequency))
          .validity(DateRange.of(start, end))
          .goals(goals)
          .evaluationDate(start.plusDays(integers().between(0, 365).generate(rs)))
          .build();
    };
  }

  /** Cases in any stage, reported within the arrangement's horizon. */
  public static Gen<Indication> indications() {
    return indications(SharedGen.dates());
  }

  /** Cases in any stage whose first event falls on a date of {@code starts}. */
  public static Gen<Indication> indications(Gen<LocalDate> starts) {
    return rs -> {
      Stage stage = Generate.enumValues(Stage.class).generate(rs);
      return inStage(stage, starts).generate(rs);
    };
  }

  /** Cases in exactly {@code stage}; from APPLIED on, some began with an application without report. */
  public static Gen<Indication> inStage(Stage stage, Gen<LocalDate> starts) {
    return rs -> {
      IndicationId id = ids().generate(rs);
      Bsn client = clients().generate(rs);
      Parties parties = parties().generate(rs);
      LocalDate start = starts.generate(rs);
      boolean direct = stage.compareTo(Stage.APPLIED) >= 0 && integers().between(0, 3).generate(rs) == 0;
      Indication i;
      if (direct) {
        i = Indication.appliedWithoutReport(id, client, parties.responsible(), parties.attributedTo(), start);
      } else {
        i = Indication.reported(id, client, parties.responsible(), parties.attributedTo(), start);
        if (stage == Stage.REPORTED) {
          return i;
        }
        i = i.completeAssessment(start.plusDays(gap(rs, 0, 60))).get();
        if (stage == Stage.ASSESSED) {
          return i;
        }
        i = i.submitApplication(i.assessedOn().get().plusDays(gap(rs, 0, 30)), DEADLINES).get();
      }
      if (stage == Stage.APPLIED) {
        return i;
      }
      LocalDate decidedOn = i.appliedOn().get().plusDays(gap(rs, 0, 30));
      Decision decision = integers().between(0, 3).generate(rs) > 0
          ? Decision.granted(decidedOn, grants(parties.attributedTo().isDefined(), decidedOn).generate(rs))
          : Decision.refused(decidedOn, refusalReasons().generate(rs));
      i = i.decide(decision).get();
      if (stage == Stage.DECIDED) {
        return i;
      }
      i = i.fileObjection(decidedOn.plusDays(gap(rs, 0, 70)), DEADLINES).get();
      if (stage == Stage.OBJECTED) {
        return i;
      }
      LocalDate filedOn = i.objection().get().filedOn();
      return i.decideObjection(Generate.enumValues(ObjectionOutcome.class).generate(rs),
          filedOn.plusDays(gap(rs, 0, 120))).get();
    };
  }

  private static int gap(org.quicktheories.core.RandomnessSource rs, int min, int max) {
    return integers().between(min, max).generate(rs);
  }
}
