package nl.wmokader.core.supervision;

import io.vavr.collection.List;
import java.time.LocalDate;
import java.util.UUID;
import nl.wmokader.core.contracting.domain.ProviderDeliveryForm;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.SharedGen;
import nl.wmokader.core.supervision.domain.Finding;
import nl.wmokader.core.supervision.domain.Investigation;
import nl.wmokader.core.supervision.domain.InvestigationId;
import nl.wmokader.core.supervision.domain.InvestigationScope;
import nl.wmokader.core.supervision.domain.InvestigationTrigger;
import nl.wmokader.core.supervision.domain.SignalId;
import nl.wmokader.core.supervision.domain.Verdict;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** Test data for supervision: fictional providers (AGB 98xxxxxx), signals, findings and investigations. */
public final class InvestigationGen {

  public static final AgbCode PROVIDER = AgbCode.of("98000001");
  public static final MunicipalityCode OSS = MunicipalityCode.of("0828");
  public static final MunicipalityCode MAASDRIEL = MunicipalityCode.of("0263");

  /** A handful of norms of the region's quality framework (fictional codes). */
  public static final java.util.List<String> NORMS = java.util.List.of(
      "K01 Vraagverheldering", "K02 Ondersteuningsplan", "K03 Evaluatie", "K04 Deskundig personeel",
      "K05 Klachtenregeling", "K06 Meldcode huiselijk geweld");

  private InvestigationGen() {}

  /** Fictional providers: AGB codes 98000000..98009999. */
  public static Gen<AgbCode> providers() {
    return SourceDSL.integers().between(0, 9_999).map(n -> AgbCode.of(String.format("98%06d", n)));
  }

  public static Gen<SignalId> signalIds() {
    return SourceDSL.longs().all().map(n -> new SignalId(new UUID(7, n)));
  }

  public static Gen<InvestigationTrigger> triggers() {
    return Generate.oneOf(
        Generate.constant(new InvestigationTrigger.Proactive()),
        SourceDSL.lists().of(signalIds()).ofSizeBetween(1, 3).map(ids -> new InvestigationTrigger.SignalDriven(List.ofAll(ids))));
  }

  public static Gen<Finding> findings() {
    return Generate.pick(NORMS).zip(Generate.enumValues(Verdict.class),
        (norm, verdict) -> new Finding(norm.substring(0, 3), norm.substring(4), verdict, "Bevinding bij " + norm.substring(4)));
  }

  /** Newly opened investigations from 2023 on. */
  public static Gen<Investigation> opened() {
    return providers().zip(triggers(), Generate.enumValues(InvestigationScope.class),
        Generate.enumValues(ProviderDeliveryForm.class), SharedGen.dates(),
        (provider, trigger, scope, form, on) -> opened(provider, trigger, scope, form, on));
  }

  public static Investigation opened(AgbCode provider, InvestigationTrigger trigger, InvestigationScope scope,
      ProviderDeliveryForm form, LocalDate on) {
    return Investigation.opened(new InvestigationId(new UUID(6, 1)), provider, trigger, scope, form, on);
  }

  /** A proactive quality investigation of {@link #PROVIDER}'s in-kind delivery, opened on {@code on}. */
  public static Investigation opened(LocalDate on) {
    return opened(PROVIDER, new InvestigationTrigger.Proactive(), InvestigationScope.QUALITY, ProviderDeliveryForm.IN_KIND, on);
  }
}
