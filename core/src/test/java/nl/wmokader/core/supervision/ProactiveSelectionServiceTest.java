package nl.wmokader.core.supervision;

import static nl.wmokader.core.supervision.SupervisionWorld.MEMBER_STAFF;
import static nl.wmokader.core.supervision.SupervisionWorld.REGION;
import static nl.wmokader.core.supervision.SupervisionWorld.SUPERVISOR;
import static nl.wmokader.core.testing.Results.left;
import static nl.wmokader.core.testing.Results.leftOfKind;
import static nl.wmokader.core.testing.Results.right;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import nl.wmokader.core.contracting.ContractingGen;
import nl.wmokader.core.contracting.domain.ProviderDeliveryForm;
import nl.wmokader.core.settlement.ClaimGen;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.ErrorKind;
import nl.wmokader.core.shared.FieldError;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.supervision.domain.InvestigationScope;
import nl.wmokader.core.supervision.domain.SelectedProvider;
import nl.wmokader.core.supervision.domain.SelectionReason;
import nl.wmokader.core.supervision.domain.SelectionResult;
import nl.wmokader.core.supervision.domain.SelectionTerms;
import nl.wmokader.core.supervision.domain.SignalSeverity;
import nl.wmokader.core.supervision.port.in.OpenInvestigationCommand;
import nl.wmokader.core.supervision.port.in.SelectProactiveCommand;
import org.junit.jupiter.api.Test;

/** The proactive selection through its use case, over the contracted population. */
class ProactiveSelectionServiceTest {

  private static final Seq<AgbCode> CONTRACTED = List.rangeClosed(3, 8).map(n -> AgbCode.of("9800000" + n));

  private SupervisionWorld world(SelectionTerms terms) {
    SupervisionWorld world = new SupervisionWorld(adapters -> adapters.builder().selectionTerms(terms));
    CONTRACTED.forEach(agb -> {
      right(world.wmo.contracting().registerProvider().registerProvider(REGION, ContractingGen.registration(agb, "Zorg Demo " + agb + " (fictief)")));
      world.adapters.contracts().save(ClaimGen.contract(agb)).get();
    });
    return world;
  }

  @Test
  void the_same_seed_gives_the_same_selection_of_active_contracted_providers() {
    SupervisionWorld world = world(new SelectionTerms(3, 4, 3, 1, 1, 1));
    world.signal(nl.wmokader.core.supervision.domain.SignalSeverity.HIGH);
    SelectionResult first = right(world.wmo.supervision().selectProactive().selectProactive(REGION, new SelectProactiveCommand(null, 42L)));
    SelectionResult again = right(world.wmo.supervision().selectProactive().selectProactive(SUPERVISOR, new SelectProactiveCommand(null, 42L)));
    assertThat(again.providers()).isEqualTo(first.providers());
    assertThat(first.providers()).hasSize(3).doesNotContain(ClaimGen.OTHER_PROVIDER);
    assertThat(first.asOf()).isEqualTo(world.today());
    assertThat(first.selected().map(SelectedProvider::reason)).containsOnly(SelectionReason.RISK);
  }

  @Test
  void providers_unseen_too_long_come_first_and_one_investigated_this_year_is_not_due() {
    SupervisionWorld world = world(new SelectionTerms(10, 2, 3, 1, 1, 1));
    right(world.wmo.supervision().openInvestigation().openInvestigation(REGION, new OpenInvestigationCommand(ClaimGen.PROVIDER, null,
        InvestigationScope.QUALITY, ProviderDeliveryForm.IN_KIND)));
    SelectionResult result = right(world.wmo.supervision().selectProactive().selectProactive(REGION, new SelectProactiveCommand(null, 7L)));
    assertThat(result.selected().filter(s -> s.reason() == SelectionReason.COVERAGE).map(SelectedProvider::provider))
        .containsExactlyElementsOf(CONTRACTED);
    assertThat(result.selected().filter(s -> s.reason() == SelectionReason.RISK).map(SelectedProvider::provider))
        .containsExactly(ClaimGen.PROVIDER);
  }

  @Test
  void only_the_region_and_supervisors_select_and_a_seed_is_required() {
    SupervisionWorld world = world(SelectionTerms.reference());
    leftOfKind(world.wmo.supervision().selectProactive().selectProactive(MEMBER_STAFF, new SelectProactiveCommand(null, 1L)),
        ErrorKind.FORBIDDEN);
    assertThat(left(world.wmo.supervision().selectProactive().selectProactive(REGION, new SelectProactiveCommand(null, null)),
        InvalidInput.class).errors().map(FieldError::field)).containsExactly("seed");
  }
}
