package nl.wmokader.core.indication.port.in;

import static nl.wmokader.core.testing.Results.left;
import static nl.wmokader.core.testing.Results.right;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.indication.AssignmentGen;
import nl.wmokader.core.indication.IndicationGen;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.indication.domain.AssignmentStatus;
import nl.wmokader.core.indication.domain.AssignmentType;
import nl.wmokader.core.indication.domain.DeliveryForm;
import nl.wmokader.core.indication.domain.IndicationId;
import nl.wmokader.core.indication.domain.ObjectionOutcome;
import nl.wmokader.core.indication.domain.StopReason;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.PageRequest;
import nl.wmokader.core.shared.SharedGen;
import org.junit.jupiter.api.Test;

/** The indication's commands from raw values: presence and formats at once, then their own second round. */
class IndicationCommandsTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
  private static final IndicationId CASE = new IndicationId(new java.util.UUID(7, 1));
  private static final AssignmentId ASSIGNMENT = new AssignmentId(new java.util.UUID(7, 2));
  private static final Bsn CLIENT = new Bsn("999900018");
  private static final MunicipalityCode OSS = MunicipalityCode.of("0828");
  private static final MunicipalityCode BERNHEZE = MunicipalityCode.of("1721");

  private static Seq<String> errors(Either<DomainError, ?> result) {
    return left(result, InvalidInput.class).errors().map(e -> e.field() + ":" + e.code());
  }

  @Test
  void an_assignment_read_from_its_raw_values_is_the_assignment_it_describes() {
    qt().forAll(AssignmentGen.indicationIds(), SharedGen.agbCodes(), AssignmentGen.volumes())
        .checkAssert((indication, provider, volume) -> {
          IssueAssignmentCommand command = right(IssueAssignmentCommand.read(indication.value().toString(),
              provider.value(), AssignmentType.SPECIFIC, "02A01",
              new VolumeInput(volume.quantity(), volume.unit(), volume.frequency()), DAY, DAY.plusMonths(3)));
          assertThat(command).isEqualTo(new IssueAssignmentCommand(indication, provider, AssignmentType.SPECIFIC,
              Option.some(ProductCode.of("02A01")), Option.some(volume), DAY, Option.some(DAY.plusMonths(3))));
          assertThat(right(command.validated())).isEqualTo(command);
        });
    IssueAssignmentCommand open = right(IssueAssignmentCommand.read(CASE.value().toString(), "98000001",
        AssignmentType.ASPECIFIC, null, null, DAY, null));
    assertThat(open.product()).isEqualTo(Option.none());
    assertThat(open.volume()).isEqualTo(Option.none());
    assertThat(open.end()).isEqualTo(Option.none());
  }

  @Test
  void every_missing_or_malformed_assignment_field_at_once_then_what_its_type_needs() {
    assertThat(errors(IssueAssignmentCommand.read("not-a-uuid", "123", null, "02-A",
        new VolumeInput(0L, null, null), DAY, DAY.minusDays(1)))).containsExactly(
        "indication:uuid_format", "provider:agb_code_format", "type:required", "product:product_code_format",
        "volume.quantity:out_of_range", "volume.unit:required", "volume.frequency:required", "end:before_start");
    assertThat(errors(IssueAssignmentCommand.read(" ", null, AssignmentType.GENERIC, null, null, null, null)))
        .containsExactly("indication:required", "provider:required", "start:required");

    IssueAssignmentCommand generic = right(IssueAssignmentCommand.read(CASE.value().toString(), "98000001",
        AssignmentType.GENERIC, "02A01", new VolumeInput(8L, Unit.HOUR, Frequency.PER_WEEK), DAY, null));
    assertThat(errors(generic.validated())).containsExactly("product:not_allowed", "volume:unit_euros", "end:required");
    assertThat(errors(new IssueAssignmentCommand(null, null, null, null, null, null, null).validated())).containsExactly(
        "indication:required", "provider:required", "type:required", "product:required", "volume:required",
        "start:required", "end:required");
  }

  @Test
  void an_extension_is_a_new_end_or_open_ended_never_both_nor_neither() {
    assertThat(right(ExtendAssignmentCommand.read(DAY, null)).apply(ASSIGNMENT))
        .isEqualTo(new ExtendAssignmentCommand(ASSIGNMENT, Option.some(DAY)));
    assertThat(right(ExtendAssignmentCommand.read(null, true)).apply(ASSIGNMENT))
        .isEqualTo(new ExtendAssignmentCommand(ASSIGNMENT, Option.none()));
    assertThat(errors(ExtendAssignmentCommand.read(DAY, true))).containsExactly("newEnd:not_allowed");
    assertThat(errors(ExtendAssignmentCommand.read(null, false))).containsExactly("newEnd:required");
    assertThat(errors(new ExtendAssignmentCommand(null, null).validated()))
        .containsExactly("assignment:required", "newEnd:required");
  }

  @Test
  void a_volume_change_names_its_date_and_a_positive_volume() {
    qt().forAll(AssignmentGen.volumes(), integers().between(0, 400)).checkAssert((volume, days) -> {
      ChangeAssignmentVolumeCommand command = right(ChangeAssignmentVolumeCommand.read(DAY.plusDays(days),
          new VolumeInput(volume.quantity(), volume.unit(), volume.frequency()), null)).apply(ASSIGNMENT);
      assertThat(command).isEqualTo(new ChangeAssignmentVolumeCommand(ASSIGNMENT, DAY.plusDays(days), volume, false));
      assertThat(right(command.validated())).isEqualTo(command);
    });
    assertThat(right(ChangeAssignmentVolumeCommand.read(DAY, new VolumeInput(1L, Unit.EUROS, Frequency.TOTAL), true))
        .apply(ASSIGNMENT).onProviderRequest()).isTrue();
    assertThat(errors(ChangeAssignmentVolumeCommand.read(null, null, true)))
        .containsExactly("changeDate:required", "newVolume:required");
    assertThat(errors(ChangeAssignmentVolumeCommand.read(DAY, new VolumeInput(-5L, Unit.HOUR, null), false)))
        .containsExactly("newVolume.quantity:out_of_range", "newVolume.frequency:required");
    assertThat(errors(new ChangeAssignmentVolumeCommand(null, null, null, false).validated()))
        .containsExactly("assignment:required", "changeDate:required", "newVolume:required");
    assertThat(errors(new DeleteAssignmentCommand(null).validated())).containsExactly("assignment:required");
  }

  @Test
  void a_delivery_stop_reason_is_its_name_or_its_iwmo_code() {
    assertThat(right(ReportDeliveryStopCommand.read(DAY, "19")).apply(ASSIGNMENT))
        .isEqualTo(new ReportDeliveryStopCommand(ASSIGNMENT, DAY, StopReason.ENDED_AS_PLANNED));
    assertThat(right(ReportDeliveryStopCommand.read(DAY, "DECEASED")).apply(ASSIGNMENT).reason())
        .isEqualTo(StopReason.DECEASED);
    assertThat(errors(ReportDeliveryStopCommand.read(null, " "))).containsExactly("date:required", "reason:required");
    assertThat(errors(ReportDeliveryStopCommand.read(DAY, "ended"))).containsExactly("reason:invalid_type");
    assertThat(errors(new ReportDeliveryStopCommand(null, null, null).validated()))
        .containsExactly("assignment:required", "date:required", "reason:required");

    assertThat(right(ReportDeliveryStartCommand.read(DAY)).apply(ASSIGNMENT))
        .isEqualTo(new ReportDeliveryStartCommand(ASSIGNMENT, DAY));
    assertThat(errors(ReportDeliveryStartCommand.read(null))).containsExactly("date:required");
    assertThat(errors(new ReportDeliveryStartCommand(null, DAY).validated())).containsExactly("assignment:required");
  }

  @Test
  void a_search_reads_only_the_criteria_it_is_given() {
    ListAssignmentsQuery everything = right(ListAssignmentsQuery.read(null, null, null, null)).apply(PageRequest.first());
    assertThat(everything).isEqualTo(ListAssignmentsQuery.firstPage());
    assertThat(right(everything.validated())).isEqualTo(everything);
    ListAssignmentsQuery narrow = right(ListAssignmentsQuery.read(CLIENT.value(), CASE.value().toString(), "98000001",
        AssignmentStatus.ASSIGNED)).apply(PageRequest.first());
    assertThat(narrow).isEqualTo(new ListAssignmentsQuery(Option.some(CASE), Option.some(AgbCode.of("98000001")),
        Option.some(CLIENT), Option.some(AssignmentStatus.ASSIGNED), PageRequest.first()));
    assertThat(errors(ListAssignmentsQuery.read("12345", "", "1", null)))
        .containsExactly("client:bsn_format", "indication:required", "provider:agb_code_format");
    assertThat(errors(new ListAssignmentsQuery(null, Option.none(), Option.none(), Option.none(), null).validated()))
        .containsExactly("page:required", "filter:required");
  }

  @Test
  void a_case_opens_by_a_report_or_by_an_application_read_from_raw_values() {
    qt().forAll(SharedGen.testBsns(), IndicationGen.parties()).checkAssert((client, parties) -> {
      String attributedTo = parties.attributedTo().map(MunicipalityCode::value).getOrNull();
      ReportNeedCommand report = right(ReportNeedCommand.readOpening(client.value(), parties.responsible().value(),
          attributedTo, DAY, null)).getLeft();
      assertThat(report).isEqualTo(new ReportNeedCommand(client, parties.responsible(), parties.attributedTo(), DAY));
      assertThat(right(report.validated())).isEqualTo(report);
      SubmitApplicationCommand application = right(ReportNeedCommand.readOpening(client.value(),
          parties.responsible().value(), attributedTo, null, DAY)).get();
      assertThat(application).isEqualTo(
          SubmitApplicationCommand.withoutReport(client, parties.responsible(), parties.attributedTo(), DAY));
      assertThat(right(application.validated())).isEqualTo(application);
    });
  }

  @Test
  void every_missing_or_malformed_party_at_once_then_who_is_missing() {
    assertThat(errors(ReportNeedCommand.readOpening("99990001", null, " ", DAY, DAY))).containsExactly(
        "client:bsn_format", "responsibleMunicipality:required", "attributedTo:municipality_code_format",
        "reportedOn:report_or_application");
    assertThat(errors(ReportNeedCommand.readOpening(CLIENT.value(), "828", "17210", null, null))).containsExactly(
        "responsibleMunicipality:municipality_code_format", "attributedTo:municipality_code_format",
        "reportedOn:report_or_application");
    assertThat(errors(new ReportNeedCommand(null, null, Option.none(), DAY).validated()))
        .containsExactly("client:required", "responsibleMunicipality:required");
  }

  @Test
  void an_application_on_a_case_names_no_parties_one_without_names_them() {
    SubmitApplicationCommand onCase = right(SubmitApplicationCommand.read(DAY)).apply(CASE);
    assertThat(onCase).isEqualTo(SubmitApplicationCommand.onCase(CASE, DAY));
    assertThat(right(onCase.validated())).isEqualTo(onCase);
    assertThat(errors(SubmitApplicationCommand.read(null))).containsExactly("appliedOn:required");
    assertThat(errors(new SubmitApplicationCommand(Option.some(CASE), Option.some(CLIENT), Option.some(OSS),
        Option.some(BERNHEZE), DAY).validated()))
        .containsExactly("client:with_indication", "responsibleMunicipality:with_indication", "attributedTo:with_indication");
    assertThat(errors(new SubmitApplicationCommand(null, null, Option.none(), null, DAY).validated()))
        .containsExactly("client:required", "responsibleMunicipality:required");
  }

  @Test
  void a_grant_read_from_its_raw_values_is_the_grant_it_describes() {
    qt().forAll(IndicationGen.grants(false, DAY)).checkAssert(grant -> {
      DecideOnApplicationCommand.GrantInput input = new DecideOnApplicationCommand.GrantInput(grant.category(),
          grant.product().map(ProductCode::value).getOrNull(), grant.form(), grant.volume().quantity(),
          grant.volume().unit(), grant.volume().frequency(), grant.validity().start(),
          grant.validity().end().getOrNull(), grant.goals().toJavaList(), grant.evaluationDate());
      DecideOnApplicationCommand command = right(DecideOnApplicationCommand.read(DAY, input, null)).apply(CASE);
      assertThat(command).isEqualTo(DecideOnApplicationCommand.grant(CASE, DAY, new GrantTerms(grant.category(),
          grant.product(), grant.form(), grant.volume().quantity(), grant.volume().unit(), grant.volume().frequency(),
          grant.validity().start(), grant.validity().end(), List.ofAll(grant.goals()), grant.evaluationDate())));
      assertThat(right(command.validated())).isEqualTo(command);
    });
    assertThat(right(DecideOnApplicationCommand.read(DAY, null, "Eigen kracht volstaat")).apply(CASE))
        .isEqualTo(DecideOnApplicationCommand.refuse(CASE, DAY, "Eigen kracht volstaat"));
  }

  @Test
  void every_missing_or_malformed_grant_field_at_once_then_the_terms_as_a_whole() {
    DecideOnApplicationCommand.GrantInput empty = new DecideOnApplicationCommand.GrantInput(null, " ", null, null,
        null, null, null, null, java.util.Arrays.asList("Zelfstandig wonen", null), null);
    assertThat(errors(DecideOnApplicationCommand.read(null, empty, null))).containsExactly("decidedOn:required",
        "grant.category:required", "grant.product:product_code_format", "grant.form:required",
        "grant.quantity:required", "grant.unit:required", "grant.frequency:required", "grant.validFrom:required",
        "grant.evaluationDate:required", "grant.goals[1]:required");
    assertThat(errors(DecideOnApplicationCommand.read(DAY, new DecideOnApplicationCommand.GrantInput(
        ProductCategory.GUIDANCE, "02a01", DeliveryForm.IN_KIND, 1L, Unit.HOUR, Frequency.PER_MONTH, DAY, null,
        null, DAY), null))).containsExactly("grant.product:product_code_format", "grant.goals:required");

    GrantTerms inconsistent = new GrantTerms(ProductCategory.GUIDANCE, Option.none(), DeliveryForm.IN_KIND, 0,
        Unit.HOUR, Frequency.PER_WEEK, DAY, Option.none(), List.empty(), DAY.minusDays(1));
    assertThat(errors(DecideOnApplicationCommand.grant(CASE, DAY, inconsistent).validated())).containsExactly(
        "grant.quantity:not_positive", "grant.validUntil:required_for_weekly",
        "grant.evaluationDate:before_validity_start", "grant.goals:required");
    assertThat(errors(new DecideOnApplicationCommand(CASE, DAY, Option.some(inconsistent), Option.some(" ")).validated()))
        .containsExactly("grant:grant_or_refusal", "refusalReason:blank", "grant.quantity:not_positive",
            "grant.validUntil:required_for_weekly", "grant.evaluationDate:before_validity_start", "grant.goals:required");
    assertThat(errors(DecideOnApplicationCommand.refuse(CASE, DAY, "x".repeat(DecideOnApplicationCommand.MAX_TEXT + 1))
        .validated())).containsExactly("refusalReason:too_long");
    assertThat(errors(new DecideOnApplicationCommand(CASE, DAY, null, null).validated()))
        .containsExactly("grant:grant_or_refusal");
  }

  @Test
  void the_other_steps_on_a_case_read_their_dates_and_the_objections_outcome() {
    assertThat(right(CompleteAssessmentCommand.read(DAY)).apply(CASE)).isEqualTo(new CompleteAssessmentCommand(CASE, DAY));
    assertThat(errors(CompleteAssessmentCommand.read(null))).containsExactly("assessedOn:required");
    assertThat(right(FileObjectionCommand.read(DAY)).apply(CASE)).isEqualTo(new FileObjectionCommand(CASE, DAY));
    assertThat(errors(FileObjectionCommand.read(null))).containsExactly("filedOn:required");
    assertThat(right(DecideOnObjectionCommand.read(ObjectionOutcome.UPHELD, DAY)).apply(CASE))
        .isEqualTo(new DecideOnObjectionCommand(CASE, ObjectionOutcome.UPHELD, DAY));
    assertThat(errors(DecideOnObjectionCommand.read(null, null))).containsExactly("outcome:required", "decidedOn:required");
    assertThat(errors(new DecideOnObjectionCommand(CASE, null, DAY).validated())).containsExactly("outcome:required");
  }
}
