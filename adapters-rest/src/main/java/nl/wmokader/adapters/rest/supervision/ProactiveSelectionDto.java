package nl.wmokader.adapters.rest.supervision;

import java.time.LocalDate;
import java.util.List;
import nl.wmokader.core.supervision.domain.SelectedProvider;
import nl.wmokader.core.supervision.domain.SelectionResult;
import nl.wmokader.core.supervision.domain.SelectionTerms;

/** The year's proactive selection: who is selected and why, and who was due but did not fit the capacity. */
public record ProactiveSelectionDto(LocalDate asOf, long seed, TermsDto terms, List<SelectedDto> selected,
                                    List<String> dueButNotSelected) {

  /** The configured selection terms. */
  public record TermsDto(int capacity, int coverageYears, int signalWeight, int turnoverWeight, int clientWeight,
                         int yearsUnseenWeight) {
    static TermsDto from(SelectionTerms t) {
      return new TermsDto(t.capacity(), t.coverageYears(), t.signalWeight(), t.turnoverWeight(), t.clientWeight(),
          t.yearsUnseenWeight());
    }
  }

  /** A selected provider: {@code COVERAGE} (due by {@code coverageDeadline}) or {@code RISK}. */
  public record SelectedDto(String provider, String reason, LocalDate coverageDeadline, double riskWeight) {
    static SelectedDto from(SelectedProvider s) {
      return new SelectedDto(s.provider().value(), s.reason().name(), s.coverageDeadline(), s.riskWeight());
    }
  }

  public static ProactiveSelectionDto from(SelectionResult r) {
    return new ProactiveSelectionDto(r.asOf(), r.seed(), TermsDto.from(r.terms()),
        r.selected().map(SelectedDto::from).toJavaList(), r.dueButNotSelected().map(a -> a.value()).toJavaList());
  }
}
