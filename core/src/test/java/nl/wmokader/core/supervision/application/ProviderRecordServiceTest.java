package nl.wmokader.core.supervision.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.time.LocalDate;
import java.util.UUID;
import nl.wmokader.core.contracting.domain.ProviderDeliveryForm;
import nl.wmokader.core.inmemory.InMemoryCalamityRepository;
import nl.wmokader.core.inmemory.InMemoryInvestigationRepository;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.supervision.domain.Finding;
import nl.wmokader.core.supervision.domain.Investigation;
import nl.wmokader.core.supervision.domain.InvestigationId;
import nl.wmokader.core.supervision.domain.InvestigationScope;
import nl.wmokader.core.supervision.domain.InvestigationTrigger;
import nl.wmokader.core.supervision.domain.Outcome;
import nl.wmokader.core.supervision.domain.QualityFinding;
import nl.wmokader.core.supervision.domain.Verdict;
import nl.wmokader.core.testing.Results;
import org.junit.jupiter.api.Test;

/** A provider's supervision record: findings count for the quality framework in the year of the final report, however far the investigation moved on. */
class ProviderRecordServiceTest {

  private static final AgbCode PROVIDER = AgbCode.of("98000004");
  private static final LocalDate FINAL_REPORT = LocalDate.of(2026, 12, 18);

  @Test
  void a_final_report_in_december_counts_in_that_year_after_a_follow_up_in_january() {
    Investigation reported = Investigation.opened(new InvestigationId(new UUID(4, 4)), PROVIDER,
            new InvestigationTrigger.Proactive(), InvestigationScope.QUALITY, ProviderDeliveryForm.IN_KIND,
            LocalDate.of(2026, 9, 1))
        .startInvestigating(LocalDate.of(2026, 9, 2))
        .flatMap(i -> i.recordFinding(new Finding("KW-05", "Veiligheid", Verdict.DOES_NOT_MEET, "Geen risico-inventarisatie")))
        .flatMap(i -> i.draftReport(LocalDate.of(2026, 11, 2)))
        .flatMap(i -> i.requestProviderResponse(LocalDate.of(2026, 11, 3), LocalDate.of(2026, 12, 1)))
        .flatMap(i -> i.finalReport(FINAL_REPORT))
        .get();
    assertThat(reported.finalReportOn()).contains(FINAL_REPORT);
    Investigation followedUp = reported
        .addOutcome(new Outcome.Recovery(List.of(new Outcome.Recovery.Part(MunicipalityCode.of("1721"), Money.ofCents(100)))),
            FINAL_REPORT)
        .flatMap(i -> i.startFollowUp(LocalDate.of(2027, 1, 8)))
        .get();
    assertThat(followedUp.finalReportOn()).as("kept after the final report").contains(FINAL_REPORT);

    InMemoryInvestigationRepository store = new InMemoryInvestigationRepository();
    store.save(followedUp).get();
    ProviderRecordService record = new ProviderRecordService(store, new InMemoryCalamityRepository(),
        AccessPolicy.standard());
    assertThat(Results.right(record.findQualityFindings(Actor.region(), PROVIDER, 2026)))
        .containsExactly(new QualityFinding(FINAL_REPORT, true));
    assertThat(Results.right(record.findQualityFindings(Actor.region(), PROVIDER, 2027))).isEmpty();
    // the record is the region's and the supervisors' to read, not a provider's
    Results.left(record.findQualityFindings(Actor.provider(PROVIDER), PROVIDER, 2026), CommonError.Forbidden.class);
    Results.left(record.findReportableEvents(Actor.municipality(MunicipalityCode.of("1721")), PROVIDER, 2026),
        CommonError.Forbidden.class);
  }
}
