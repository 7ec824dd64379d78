package nl.wmokader.core.obligations;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.UUID;
import nl.wmokader.core.contracting.ContractingGen;
import nl.wmokader.core.obligations.domain.ObligationTerms;
import nl.wmokader.core.obligations.domain.QualityDeclaration;
import nl.wmokader.core.supervision.domain.QualityFinding;
import nl.wmokader.core.obligations.domain.Refusal;
import nl.wmokader.core.obligations.domain.RefusalId;
import nl.wmokader.core.obligations.domain.RefusalReason;
import nl.wmokader.core.obligations.domain.SpendingKind;
import nl.wmokader.core.obligations.domain.SpendingReport;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.supervision.domain.ReportableEvent;
import nl.wmokader.core.supervision.domain.ReportableEventKind;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of the obligations (core test-jar): refusals, spending, declarations, findings, events, terms. */
public final class ObligationGen {
  private ObligationGen() {}

  /** Years of the arrangement and around it. */
  public static Gen<Integer> years() {
    return integers().between(2022, 2030);
  }

  /** A day of {@code year}. */
  public static Gen<LocalDate> dayIn(int year) {
    LocalDate first = LocalDate.of(year, 1, 1);
    return integers().between(0, first.lengthOfYear() - 1).map(first::plusDays);
  }

  /** A day from {@code from} up to {@code days} later. */
  public static Gen<LocalDate> dayWithin(LocalDate from, int days) {
    return integers().between(0, days).map(from::plusDays);
  }

  public static Gen<RefusalId> refusalIds() {
    return longs().all().zip(longs().all(), (hi, lo) -> new RefusalId(new UUID(hi, lo)));
  }

  /** Explanations in words, with the odd character a database must keep; never personal data. */
  public static Gen<String> texts() {
    return Generate.pick(java.util.List.of("Geen personeel beschikbaar", "Wachtlijst tot 't voorjaar",
        "Expertise ontbreekt (GGZ & verslaving)", "Buiten ons werkgebied: Maas-en-Waal", "Onveilige situatie — eerst GGD",
        "Coöperatie heeft geen plek", "x".repeat(500)));
  }

  public static Gen<Option<String>> optionalTexts() {
    return Generate.oneOf(Generate.constant(Option.<String>none()), texts().map(Option::some));
  }

  public static Gen<RefusalReason> reasons() {
    return Generate.enumValues(RefusalReason.class);
  }

  /** Refusals of the few providers, explained where the reason is OTHER. */
  public static Gen<Refusal> refusals() {
    return rs -> {
      int year = years().generate(rs);
      LocalDate refusedOn = dayIn(year).generate(rs);
      RefusalReason reason = reasons().generate(rs);
      Option<String> explanation = reason == RefusalReason.OTHER
          ? Option.some(texts().generate(rs)) : optionalTexts().generate(rs);
      return Refusal.builder()
          .id(refusalIds().generate(rs))
          .provider(ContractingGen.fewProviders().generate(rs))
          .refusedOn(refusedOn)
          .reason(reason)
          .explanation(explanation)
          .recordedOn(dayWithin(refusedOn, 60).generate(rs))
          .build();
    };
  }

  /** Turnover up to €10,000,000 (one in ten negative: more credited than claimed). */
  public static Gen<Money> turnovers() {
    return longs().between(0, 1_000_000_000L).mix(longs().between(-10_000_000L, -1), 10)
        .map(Money::ofCents);
  }

  /** Amounts spent, up to €1,000,000. */
  public static Gen<Money> amounts() {
    return longs().between(0, 100_000_000L).map(Money::ofCents);
  }

  public static Gen<Integer> basisPoints() {
    return integers().between(0, ObligationTerms.WHOLE);
  }

  public static Gen<SpendingKind> spendingKinds() {
    return Generate.enumValues(SpendingKind.class);
  }

  /** Spending reports of the few providers, reported during the year or up to two years after it. */
  public static Gen<SpendingReport> spendingReports() {
    return rs -> {
      int year = years().generate(rs);
      return SpendingReport.builder()
          .provider(ContractingGen.fewProviders().generate(rs))
          .year(year)
          .kind(spendingKinds().generate(rs))
          .amount(amounts().generate(rs))
          .description(optionalTexts().generate(rs))
          .reportedOn(dayWithin(LocalDate.of(year, 1, 1), 3 * 365).generate(rs))
          .build();
    };
  }

  /** Quality declarations of the few providers. */
  public static Gen<QualityDeclaration> declarations() {
    return rs -> {
      int year = years().generate(rs);
      return QualityDeclaration.builder()
          .provider(ContractingGen.fewProviders().generate(rs))
          .year(year)
          .statement(optionalTexts().generate(rs))
          .declaredOn(dayWithin(LocalDate.of(year, 1, 1), 3 * 365).generate(rs))
          .build();
    };
  }

  /** Findings about {@code year}, established during it or in the two years after. */
  public static Gen<QualityFinding> findingsAbout(int year) {
    return dayWithin(LocalDate.of(year, 1, 1), 3 * 365).zip(Generate.booleans(), QualityFinding::new);
  }

  /** Events of {@code year}: reported on time, late, or not (yet). */
  public static Gen<ReportableEvent> eventsIn(int year) {
    return rs -> {
      ReportableEventKind kind = Generate.enumValues(ReportableEventKind.class).generate(rs);
      LocalDate occurredOn = dayIn(year).generate(rs);
      return integers().between(0, 2).generate(rs) == 0
          ? ReportableEvent.unreported(kind, occurredOn)
          : ReportableEvent.reported(kind, occurredOn, dayWithin(occurredOn, 30).generate(rs));
    };
  }

  /** Terms: any shares, deadlines in the first half of the following year, short terms, 1..36 months. */
  public static Gen<ObligationTerms> terms() {
    return rs -> new ObligationTerms(
        basisPoints().generate(rs),
        basisPoints().generate(rs),
        basisPoints().generate(rs),
        MonthDay.from(dayIn(2023).generate(rs).withMonth(integers().between(1, 6).generate(rs))),
        MonthDay.from(dayIn(2023).generate(rs).withMonth(integers().between(1, 6).generate(rs))),
        integers().between(1, 14).generate(rs),
        integers().between(1, 5).generate(rs),
        integers().between(1, 36).generate(rs));
  }

  /** A few providers: see {@link ContractingGen#FEW_PROVIDERS}. */
  public static Gen<AgbCode> providers() {
    return ContractingGen.fewProviders();
  }
}
