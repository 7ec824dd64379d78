package nl.wmokader.core.supervision.port.out;

import static org.quicktheories.generators.SourceDSL.integers;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.UUID;
import nl.wmokader.core.contracting.domain.ClientStop;
import nl.wmokader.core.contracting.domain.ProviderDeliveryForm;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.supervision.domain.Calamity;
import nl.wmokader.core.supervision.domain.CalamityId;
import nl.wmokader.core.supervision.domain.CalamityStatus;
import nl.wmokader.core.supervision.domain.Finding;
import nl.wmokader.core.supervision.domain.IncidentKind;
import nl.wmokader.core.supervision.domain.Investigation;
import nl.wmokader.core.supervision.domain.InvestigationId;
import nl.wmokader.core.supervision.domain.InvestigationScope;
import nl.wmokader.core.supervision.domain.InvestigationStatus;
import nl.wmokader.core.supervision.domain.InvestigationTrigger;
import nl.wmokader.core.supervision.domain.Outcome;
import nl.wmokader.core.supervision.domain.Signal;
import nl.wmokader.core.supervision.domain.SignalId;
import nl.wmokader.core.supervision.domain.SignalSeverity;
import nl.wmokader.core.supervision.domain.SignalSource;
import nl.wmokader.core.supervision.domain.SignalStatus;
import nl.wmokader.core.supervision.domain.Verdict;
import nl.wmokader.core.testing.Results;
import org.quicktheories.core.Gen;

/**
 * Test data for the supervision stores: fictional providers (AGB 98xxxxxx), signals, calamities
 * and investigations in every state, built through the domain's own steps so that each is valid.
 */
public final class SupervisionStoreFixture {

  public static final AgbCode PROVIDER = AgbCode.of("98000011");
  public static final AgbCode OTHER_PROVIDER = AgbCode.of("98000012");
  public static final AgbCode THIRD_PROVIDER = AgbCode.of("98000013");
  public static final List<AgbCode> PROVIDERS = List.of(PROVIDER, OTHER_PROVIDER, THIRD_PROVIDER);

  public static final MunicipalityCode OSS = MunicipalityCode.of("0828");
  public static final MunicipalityCode BERNHEZE = MunicipalityCode.of("1721");
  public static final MunicipalityCode BOEKEL = MunicipalityCode.of("0755");

  public static final LocalDate DAY = LocalDate.of(2026, 2, 2);

  private SupervisionStoreFixture() {}

  public static SignalId signalId(int n) {
    return new SignalId(new UUID(0x5197, n));
  }

  public static CalamityId calamityId(int n) {
    return new CalamityId(new UUID(0xca1a, n));
  }

  public static InvestigationId investigationId(int n) {
    return new InvestigationId(new UUID(0x1e57, n));
  }

  // --- signals --------------------------------------------------------------------------------

  /** Signal {@code n} about {@code provider}, received on {@code on}, in {@code status}. */
  public static Signal signal(int n, AgbCode provider, LocalDate on, SignalStatus status) {
    Signal open = Signal.received(signalId(n), provider, SignalSource.values()[n % SignalSource.values().length],
        "Melding " + n + ": zorgen over de begeleiding", on, SignalSeverity.values()[n % SignalSeverity.values().length]);
    return switch (status) {
      case OPEN -> open;
      case LINKED -> Results.right(open.linkTo(investigationId(n), on.plusDays(n % 5)));
      case DISMISSED -> Results.right(open.dismiss("Geen aanwijzingen (" + n + ")", on.plusDays(1 + n % 4)));
    };
  }

  /** Signals in every status, about the fixture's providers, received on any of 10 days. */
  public static Gen<Signal> signals(int n) {
    return in -> signal(n, PROVIDERS.get(integers().between(0, 2).generate(in)),
        DAY.plusDays(integers().between(0, 9).generate(in)),
        SignalStatus.values()[integers().between(0, SignalStatus.values().length - 1).generate(in)]);
  }

  // --- calamities -----------------------------------------------------------------------------

  /** Calamity {@code n} of {@code provider}, occurred on {@code on}, in {@code status}. */
  public static Calamity calamity(int n, AgbCode provider, LocalDate on, CalamityStatus status) {
    Calamity c = Calamity.reported(calamityId(n), provider, IncidentKind.values()[n % 2], on, on.plusDays(n % 3),
        "Incident " + n + " op de groepswoning");
    if (status == CalamityStatus.REPORTED) {
      return c;
    }
    c = Results.right(c.ggdStarts(c.reportedOn().plusDays(1)));
    if (status == CalamityStatus.GGD_INVESTIGATING) {
      return c;
    }
    c = Results.right(c.ggdConcludes("De GGD concludeert " + n, c.stepOn().plusDays(20)));
    if (status == CalamityStatus.CONCLUDED) {
      return c;
    }
    return Results.right(c.followUp("Verbeterplan gevraagd (" + n + ")", c.stepOn().plusDays(3)));
  }

  public static Gen<Calamity> calamities(int n) {
    return in -> calamity(n, PROVIDERS.get(integers().between(0, 2).generate(in)),
        DAY.plusDays(integers().between(0, 9).generate(in)),
        CalamityStatus.values()[integers().between(0, CalamityStatus.values().length - 1).generate(in)]);
  }

  // --- investigations -------------------------------------------------------------------------

  /** Every kind of outcome but "no findings", a recovery in two parts among them. */
  public static List<Outcome> measures(LocalDate today) {
    return List.of(
        Outcome.ImprovementPoint.open("Ondersteuningsplannen binnen zes weken", today.plusWeeks(6)),
        new Outcome.Instruction("Meldcode invoeren", today.plusMonths(2)),
        new Outcome.ClientStop(today.plusDays(1), Option.some(today.plusMonths(3))),
        new Outcome.ClientStop(today, Option.none()),
        new Outcome.ContractSuspension(today.plusDays(7), Option.none()),
        new Outcome.ContractSuspension(today.plusDays(7), Option.some(today.plusDays(60))),
        new Outcome.ContractTermination(today.plusMonths(4)),
        Outcome.Recovery.of(new Outcome.Recovery.Part(OSS, Money.ofCents(1_234_56)),
            new Outcome.Recovery.Part(BERNHEZE, Money.ofCents(99_999_999_99L)),
            new Outcome.Recovery.Part(BOEKEL, Money.ofCents(1))),
        Outcome.ImprovementPoint.open("Klachtenregeling publiceren", today.plusWeeks(2)),
        new Outcome.FraudReport("Inspectie SZW"));
  }

  /**
   * Investigation {@code n} of {@code provider} opened on {@code on}, taken to {@code status} with
   * findings (from investigating on) and, from the final report on, either "no findings" (when
   * {@code variant} is even and all norms are met) or every other outcome kind, the members
   * informed, the instruction reported by the provider and the other measures not; in the follow-up
   * the first improvement point is followed up, at closing all.
   */
  public static Investigation investigation(int n, AgbCode provider, InvestigationTrigger trigger, LocalDate on,
                                            InvestigationStatus status, int variant) {
    Investigation i = Investigation.opened(investigationId(n), provider, trigger,
        InvestigationScope.values()[n % InvestigationScope.values().length],
        ProviderDeliveryForm.values()[n % ProviderDeliveryForm.values().length], on);
    boolean clean = variant % 2 == 0;
    LocalDate day = on;
    for (InvestigationStatus next : List.of(InvestigationStatus.values()).tail()) {
      if (!status.isAtLeast(next)) {
        break;
      }
      day = day.plusDays(3);
      i = switch (next) {
        case INVESTIGATING -> Results.right(i.startInvestigating(day));
        case DRAFT_REPORT -> Results.right(i.draftReport(day));
        case PROVIDER_RESPONSE -> Results.right(i.requestProviderResponse(day, day.plusDays(14)));
        case FINAL_REPORT -> Results.right(i.finalReport(day));
        case FOLLOW_UP -> Results.right(i.startFollowUp(day));
        case CLOSED -> Results.right(i.close(day));
        default -> throw new IllegalStateException();
      };
      if (next == InvestigationStatus.INVESTIGATING) {
        i = Results.right(i.recordFinding(new Finding("K01", "Vraagverheldering", Verdict.MEETS, "Op orde")));
        i = Results.right(i.recordFinding(new Finding("K04", "Deskundig personeel",
            clean ? Verdict.MEETS : Verdict.DOES_NOT_MEET, clean ? "" : "Geen SKJ-registratie bij twee van de vijf")));
      }
      if (next == InvestigationStatus.DRAFT_REPORT && !clean) {
        i = Results.right(i.recordFinding(new Finding("K05", "Klachtenregeling", Verdict.PARTLY_MEETS,
            "Niet op de website")));
      }
      if (next == InvestigationStatus.FINAL_REPORT) {
        LocalDate today = day;
        for (Outcome o : clean ? List.<Outcome>of(new Outcome.NoFindings()) : measures(today)) {
          i = Results.right(i.addOutcome(o, today));
        }
        if (!clean) {
          // The provider reported the instruction; the other measures stay unreported.
          i = Results.right(i.measureReported(1, today.plusDays(2)));
        }
        i = Results.right(i.inform(List.of(OSS, BOEKEL), today.plusDays(1)));
      }
      if (next == InvestigationStatus.FOLLOW_UP) {
        i = Results.right(i.inform(List.of(BERNHEZE), day));
        if (!clean) {
          i = Results.right(i.followUp(0, day.plusDays(1)));
          if (status == InvestigationStatus.CLOSED) {
            i = Results.right(i.followUp(8, day.plusDays(2)));
          }
        }
        day = day.plusDays(2);
      }
    }
    return i;
  }

  /** A signal-driven trigger naming signals {@code n} and {@code n + 1}. */
  public static InvestigationTrigger onSignals(int n) {
    return InvestigationTrigger.SignalDriven.of(signalId(n), signalId(n + 1));
  }

  public static Gen<Investigation> investigations(int n) {
    return in -> {
      int pick = integers().between(0, 1000).generate(in);
      InvestigationTrigger trigger = pick % 3 == 0 ? new InvestigationTrigger.Proactive() : onSignals(n);
      return investigation(n, PROVIDERS.get(integers().between(0, 2).generate(in)), trigger,
          DAY.plusDays(integers().between(0, 9).generate(in)),
          InvestigationStatus.values()[integers().between(0, InvestigationStatus.values().length - 1).generate(in)],
          pick / 3);
    };
  }

  /** {@code 0..max} values of {@code one}, the i-th from {@code one.apply(i)}: distinct ids. */
  public static <T> Gen<List<T>> batches(int max, java.util.function.IntFunction<Gen<T>> one) {
    return in -> {
      int size = integers().between(0, max).generate(in);
      List<T> out = List.empty();
      for (int k = 0; k < size; k++) {
        out = out.append(one.apply(k).generate(in));
      }
      return out;
    };
  }
}
