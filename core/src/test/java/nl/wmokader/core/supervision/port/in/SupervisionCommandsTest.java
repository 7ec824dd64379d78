package nl.wmokader.core.supervision.port.in;

import static nl.wmokader.core.testing.Results.left;
import static nl.wmokader.core.testing.Results.right;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.UUID;
import nl.wmokader.core.contracting.domain.ProviderDeliveryForm;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.SharedGen;
import nl.wmokader.core.supervision.InvestigationGen;
import nl.wmokader.core.supervision.domain.CalamityId;
import nl.wmokader.core.supervision.domain.IncidentKind;
import nl.wmokader.core.supervision.domain.InvestigationId;
import nl.wmokader.core.supervision.domain.InvestigationScope;
import nl.wmokader.core.supervision.domain.InvestigationStatus;
import nl.wmokader.core.supervision.domain.Outcome;
import nl.wmokader.core.supervision.domain.SignalId;
import nl.wmokader.core.supervision.domain.SignalSeverity;
import nl.wmokader.core.supervision.domain.SignalSource;
import nl.wmokader.core.supervision.domain.Verdict;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** Supervision's commands from raw values: presence and formats at once, then their own second round. */
class SupervisionCommandsTest {

  private static final InvestigationId INVESTIGATION = new InvestigationId(new UUID(6, 1));
  private static final SignalId SIGNAL = new SignalId(new UUID(7, 1));
  private static final CalamityId CALAMITY = new CalamityId(new UUID(8, 1));
  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  private static Seq<String> errors(Either<DomainError, ?> result) {
    return left(result, InvalidInput.class).errors().map(e -> e.field() + ":" + e.code());
  }

  // opening and signals

  @Test
  void an_investigation_read_from_its_raw_values_is_the_one_they_describe() {
    qt().forAll(InvestigationGen.providers(), lists().of(InvestigationGen.signalIds()).ofSizeBetween(0, 4),
        Generate.enumValues(InvestigationScope.class), Generate.enumValues(ProviderDeliveryForm.class))
        .checkAssert((provider, signals, scope, form) -> assertThat(right(OpenInvestigationCommand.read(
            provider.value(), List.ofAll(signals).map(SignalId::toString), scope, form)))
            .isEqualTo(new OpenInvestigationCommand(provider, List.ofAll(signals), scope, form)));
  }

  @Test
  void an_investigation_names_every_missing_or_malformed_field_at_once() {
    assertThat(errors(OpenInvestigationCommand.read("9800001", List.of("nope", SIGNAL.toString(), null), null, null)))
        .containsExactly("provider:agb_code_format", "signals[0]:uuid_format", "signals[2]:uuid_format",
            "scope:required", "deliveryForm:required");
    assertThat(right(OpenInvestigationCommand.read("98000001", null, InvestigationScope.QUALITY,
        ProviderDeliveryForm.IN_KIND)).signals()).isEmpty();
  }

  @Test
  void a_signal_read_from_its_raw_values_is_the_one_they_describe() {
    qt().forAll(InvestigationGen.providers(), Generate.enumValues(SignalSource.class),
        Generate.enumValues(SignalSeverity.class), SharedGen.dates())
        .checkAssert((provider, source, severity, on) -> assertThat(right(RecordSignalCommand.read(
            provider.value(), source, "Signaal", on, severity)))
            .isEqualTo(new RecordSignalCommand(provider, source, "Signaal", on, severity)));
    assertThat(errors(RecordSignalCommand.read("x", null, "y".repeat(4_001), null, null)))
        .containsExactly("provider:agb_code_format", "source:required", "description:text_length", "severity:required");
    assertThat(errors(RecordSignalCommand.read(null, SignalSource.CLIENT, null, null, SignalSeverity.LOW)))
        .containsExactly("provider:required", "description:required");
  }

  @Test
  void a_decision_on_a_signal_links_or_dismisses_and_names_what_does_not_belong() {
    UUID to = new UUID(6, 2);
    assertThat(right(DecideOnSignalCommand.read("LINK", to.toString(), null)).apply(SIGNAL))
        .isEqualTo(new DecideOnSignalCommand(SIGNAL, new InvestigationId(to), null));
    assertThat(right(DecideOnSignalCommand.read("DISMISS", null, "Geen grond")).apply(SIGNAL))
        .isEqualTo(new DecideOnSignalCommand(SIGNAL, null, "Geen grond"));
    assertThat(errors(DecideOnSignalCommand.read(" ", "x", "y"))).containsExactly("decision:required");
    assertThat(errors(DecideOnSignalCommand.read("MAYBE", null, null))).containsExactly("decision:invalid_value");
    assertThat(errors(DecideOnSignalCommand.read("LINK", "nope", "why")))
        .containsExactly("investigation:uuid_format", "dismissalReason:not_allowed");
    assertThat(errors(DecideOnSignalCommand.read("LINK", null, null))).containsExactly("investigation:required");
    assertThat(errors(DecideOnSignalCommand.read("DISMISS", to.toString(), " ")))
        .containsExactly("dismissalReason:text_length", "investigation:not_allowed");
  }

  @Test
  void a_decision_has_a_signal_and_exactly_one_of_a_link_and_a_reason() {
    assertThat(errors(new DecideOnSignalCommand(null, INVESTIGATION, "both").validated()))
        .containsExactly("signal:required", "investigation:one_of");
    assertThat(errors(new DecideOnSignalCommand(SIGNAL, null, null).validated())).containsExactly("investigation:one_of");
    assertThat(errors(new DecideOnSignalCommand(SIGNAL, null, "x".repeat(4_001)).validated()))
        .containsExactly("dismissalReason:too_long");
    DecideOnSignalCommand link = new DecideOnSignalCommand(SIGNAL, INVESTIGATION, null);
    assertThat(right(link.validated())).isEqualTo(link);
  }

  // calamities

  @Test
  void a_calamity_read_from_its_raw_values_is_the_one_they_describe() {
    qt().forAll(InvestigationGen.providers(), Generate.enumValues(IncidentKind.class), SharedGen.dates(),
        integers().between(0, 10))
        .checkAssert((provider, kind, on, later) -> assertThat(right(ReportCalamityCommand.read(
            provider.value(), kind, on, on.plusDays(later), "Melding")))
            .isEqualTo(new ReportCalamityCommand(provider, kind, on, on.plusDays(later), "Melding")));
    assertThat(errors(ReportCalamityCommand.read(null, null, null, null, "")))
        .containsExactly("provider:required", "kind:required", "occurredOn:required", "summary:text_length");
  }

  @Test
  void a_ggd_step_starts_without_text_and_concludes_or_follows_up_with_one() {
    assertThat(right(RecordGgdStepCommand.read(GgdStep.CONCLUDE, "Conclusie")).apply(CALAMITY))
        .isEqualTo(new RecordGgdStepCommand(CALAMITY, GgdStep.CONCLUDE, "Conclusie"));
    assertThat(errors(RecordGgdStepCommand.read(GgdStep.START, "x"))).containsExactly("text:not_allowed");
    assertThat(errors(RecordGgdStepCommand.read(GgdStep.FOLLOW_UP, null))).containsExactly("text:required");
    assertThat(errors(RecordGgdStepCommand.read(null, "x"))).containsExactly("step:required");
    assertThat(errors(new RecordGgdStepCommand(null, GgdStep.START, "x").validated()))
        .containsExactly("calamity:required", "text:not_allowed");
    assertThat(errors(new RecordGgdStepCommand(CALAMITY, GgdStep.CONCLUDE, "x".repeat(4_001)).validated()))
        .containsExactly("text:too_long");
    assertThat(errors(new RecordGgdStepCommand(CALAMITY, null, null).validated())).containsExactly("step:required");
  }

  // the lifecycle and findings

  @Test
  void a_step_needs_its_target_and_a_response_date_exactly_for_the_providers_response() {
    AdvanceInvestigationCommand ask = right(AdvanceInvestigationCommand.read(InvestigationStatus.PROVIDER_RESPONSE, DAY))
        .apply(INVESTIGATION);
    assertThat(right(ask.validated())).isEqualTo(new AdvanceInvestigationCommand(INVESTIGATION,
        InvestigationStatus.PROVIDER_RESPONSE, DAY));
    assertThat(errors(AdvanceInvestigationCommand.read(null, DAY))).containsExactly("to:required");
    assertThat(errors(new AdvanceInvestigationCommand(null, InvestigationStatus.INVESTIGATING, DAY).validated()))
        .containsExactly("investigation:required", "responseDue:not_allowed");
    assertThat(errors(new AdvanceInvestigationCommand(INVESTIGATION, InvestigationStatus.PROVIDER_RESPONSE, null)
        .validated())).containsExactly("responseDue:required");
  }

  @Test
  void a_finding_read_from_its_raw_values_is_the_finding() {
    qt().forAll(InvestigationGen.findings()).checkAssert(finding -> {
      RecordFindingCommand command = right(RecordFindingCommand.read(finding.normCode(), finding.normName(),
          finding.verdict(), finding.note())).apply(INVESTIGATION);
      assertThat(command.investigation()).isEqualTo(INVESTIGATION);
      assertThat(right(command.finding())).isEqualTo(finding);
    });
  }

  @Test
  void a_finding_names_what_is_missing_then_what_is_too_long() {
    assertThat(errors(RecordFindingCommand.read(" ", null, null, "n")))
        .containsExactly("normCode:required", "normName:required", "verdict:required");
    assertThat(right(RecordFindingCommand.read("K01", "Norm", Verdict.MEETS, null)).apply(INVESTIGATION).note())
        .isEmpty();
    RecordFindingCommand tooLong = right(RecordFindingCommand.read("K".repeat(201), "N".repeat(200), Verdict.MEETS,
        "n".repeat(4_001))).apply(null);
    assertThat(errors(tooLong.finding()))
        .containsExactly("investigation:required", "normCode:too_long", "note:too_long");
    assertThat(errors(new RecordFindingCommand(INVESTIGATION, null, "", null, null).finding()))
        .containsExactly("normCode:required", "normName:required", "verdict:required", "note:required");
  }

  // outcomes

  @Test
  void a_recovery_read_from_its_raw_parts_takes_back_those_parts() {
    qt().forAll(lists().of(SharedGen.municipalityCodes()).ofSizeBetween(1, 5), longs().between(0, 1_000_000_00L))
        .checkAssert((members, cents) -> {
          Seq<AddOutcomeCommand.PartInput> raw = List.ofAll(members)
              .map(m -> new AddOutcomeCommand.PartInput(m.value(), cents));
          AddOutcomeCommand command = right(AddOutcomeCommand.read("RECOVERY", null, null, null, null, raw, null))
              .apply(INVESTIGATION);
          assertThat(command).isEqualTo(new AddOutcomeCommand(INVESTIGATION, new Outcome.Recovery(
              List.ofAll(members).map(m -> new Outcome.Recovery.Part(m, Money.ofCents(cents))))));
          assertThat(right(command.validated())).isEqualTo(command);
        });
  }

  @Test
  void every_kind_of_outcome_from_exactly_its_fields() {
    assertThat(outcome("NO_FINDINGS", null, null, null, null, null)).isEqualTo(new Outcome.NoFindings());
    assertThat(outcome("IMPROVEMENT_POINT", "Verbeter", DAY, null, null, null))
        .isEqualTo(Outcome.ImprovementPoint.open("Verbeter", DAY));
    assertThat(outcome("INSTRUCTION", "Doe", DAY, null, null, null)).isEqualTo(new Outcome.Instruction("Doe", DAY));
    assertThat(outcome("CLIENT_STOP", null, null, DAY, null, null))
        .isEqualTo(new Outcome.ClientStop(DAY, Option.none()));
    assertThat(outcome("CONTRACT_SUSPENSION", null, null, DAY, DAY.plusDays(9), null))
        .isEqualTo(new Outcome.ContractSuspension(DAY, Option.some(DAY.plusDays(9))));
    assertThat(outcome("CONTRACT_TERMINATION", null, null, DAY, null, null))
        .isEqualTo(new Outcome.ContractTermination(DAY));
    assertThat(outcome("FRAUD_REPORT", null, null, null, null, "Inspectie SZW"))
        .isEqualTo(new Outcome.FraudReport("Inspectie SZW"));
  }

  private static Outcome outcome(String type, String description, LocalDate deadline, LocalDate from, LocalDate until,
                                 String reportedTo) {
    return right(AddOutcomeCommand.read(type, description, deadline, from, until, null, reportedTo))
        .apply(INVESTIGATION).outcome();
  }

  @Test
  void an_outcome_names_every_field_that_does_not_belong_then_every_part_as_sent() {
    assertThat(errors(AddOutcomeCommand.read("RECOVERY", "x", null, DAY, null, List.of(
        new AddOutcomeCommand.PartInput("12", null), null, new AddOutcomeCommand.PartInput("0828", 5L),
        new AddOutcomeCommand.PartInput(null, 1L)), "GGD")))
        .containsExactly("description:not_allowed", "from:not_allowed", "reportedTo:not_allowed",
            "parts[0].municipality:municipality_code_format", "parts[0].amountCents:required", "parts[1]:required",
            "parts[3].municipality:required");
    assertThat(errors(AddOutcomeCommand.read("RECOVERY", null, null, null, null, null, null)))
        .containsExactly("parts:required");
    assertThat(errors(AddOutcomeCommand.read("INSTRUCTION", " ", null, null, null, List.empty(), null)))
        .containsExactly("parts:not_allowed", "description:text_length", "deadline:required");
    assertThat(errors(AddOutcomeCommand.read("FRAUD_REPORT", null, null, null, null, null, null)))
        .containsExactly("reportedTo:required");
  }

  @Test
  void an_absent_or_unknown_type_is_the_only_error() {
    assertThat(errors(AddOutcomeCommand.read(null, "x", DAY, DAY, DAY, null, "y"))).containsExactly("type:required");
    Seq<String> unknown = left(AddOutcomeCommand.read("WARNING", "x", null, null, null, null, null), InvalidInput.class)
        .errors().map(e -> e.field() + ":" + e.code() + ":" + e.message());
    assertThat(unknown).containsExactly("type:invalid_value:must be one of [CLIENT_STOP, CONTRACT_SUSPENSION,"
        + " CONTRACT_TERMINATION, FRAUD_REPORT, IMPROVEMENT_POINT, INSTRUCTION, NO_FINDINGS, RECOVERY]");
  }

  @Test
  void an_outcome_needs_its_investigation_and_the_outcome() {
    assertThat(errors(new AddOutcomeCommand(null, null).validated()))
        .containsExactly("investigation:required", "outcome:required");
  }

  // follow-up, informing and reporting

  @Test
  void members_informed_are_read_as_sent_and_none_means_those_responsible() {
    assertThat(right(InformMembersCommand.read(List.of("0828", "0263"))).apply(INVESTIGATION).members())
        .containsExactly(MunicipalityCode.of("0828"), MunicipalityCode.of("0263"));
    assertThat(right(InformMembersCommand.read(null)).apply(INVESTIGATION).members()).isEmpty();
    assertThat(errors(InformMembersCommand.read(List.of("0828", "12", " "))))
        .containsExactly("municipalities[1]:municipality_code_format", "municipalities[2]:required");
  }

  @Test
  void a_follow_up_and_a_measures_report_are_addressed_by_the_caller() {
    assertThat(errors(new FollowUpImprovementPointCommand(null, null).validated()))
        .containsExactly("investigation:required", "index:required");
    FollowUpImprovementPointCommand followUp = new FollowUpImprovementPointCommand(INVESTIGATION, 0);
    assertThat(right(followUp.validated())).isEqualTo(followUp);
    assertThat(right(ReportMeasureCommand.read(null)).apply(INVESTIGATION, 2))
        .isEqualTo(new ReportMeasureCommand(INVESTIGATION, 2, null));
  }

  // the proactive selection

  @Test
  void a_proactive_selection_needs_its_seed() {
    qt().forAll(longs().all()).checkAssert(seed -> assertThat(right(right(SelectProactiveCommand.read(null, seed))
        .validated())).isEqualTo(new SelectProactiveCommand(null, seed)));
    assertThat(errors(SelectProactiveCommand.read(DAY, null))).containsExactly("seed:required");
    assertThat(errors(new SelectProactiveCommand(DAY, null).validated())).containsExactly("seed:required");
  }
}
