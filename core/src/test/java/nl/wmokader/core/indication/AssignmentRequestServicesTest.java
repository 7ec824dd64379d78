package nl.wmokader.core.indication;

import static nl.wmokader.core.indication.AssignmentGen.GUIDANCE_A;
import static nl.wmokader.core.indication.AssignmentGen.HOUSEHOLD;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.AssignmentError;
import nl.wmokader.core.indication.domain.AssignmentNumber;
import nl.wmokader.core.indication.domain.AssignmentRequest;
import nl.wmokader.core.indication.domain.AssignmentRequestError;
import nl.wmokader.core.indication.domain.AssignmentRequestStatus;
import nl.wmokader.core.indication.domain.AssignmentStatus;
import nl.wmokader.core.indication.domain.AssignmentType;
import nl.wmokader.core.indication.domain.DeliveryForm;
import nl.wmokader.core.indication.domain.Indication;
import nl.wmokader.core.indication.domain.IndicationId;
import nl.wmokader.core.indication.domain.RequestKind;
import nl.wmokader.core.indication.domain.RequestRefusalReason;
import nl.wmokader.core.indication.domain.StopReason;
import nl.wmokader.core.indication.domain.Volume;
import nl.wmokader.core.indication.port.in.GrantAssignmentRequestCommand;
import nl.wmokader.core.indication.port.in.IssueAssignmentCommand;
import nl.wmokader.core.indication.port.in.ListAssignmentRequestsQuery;
import nl.wmokader.core.indication.port.in.RefuseAssignmentRequestCommand;
import nl.wmokader.core.indication.port.in.SubmitAssignmentRequestCommand;
import nl.wmokader.core.indication.port.in.SubmitChangeRequestCommand;
import nl.wmokader.core.indication.port.in.VolumeInput;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.PageRequest;
import nl.wmokader.core.testing.Results;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;
import org.quicktheories.generators.Generate;

/** Providers' requests (iWmo 315/317) from submission to the municipality's answer. */
class AssignmentRequestServicesTest implements WithQuickTheories {

  static final LocalDate TODAY = LocalDate.of(2024, 3, 1);
  static final MunicipalityCode OSS = MunicipalityCode.of("0828");
  static final MunicipalityCode BERNHEZE = MunicipalityCode.of("1721");
  static final AgbCode P1 = AgbCode.of("98000001");
  static final AgbCode P2 = AgbCode.of("98000002");
  static final Bsn CLIENT = AssignmentGen.client(1);
  static final Bsn OTHER_CLIENT = AssignmentGen.client(2);
  static final DateRange YEAR_2024 = DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
  static final VolumeInput TEN_HOURS_A_MONTH = new VolumeInput(10L, Unit.HOUR, Frequency.PER_MONTH);

  final AssignmentFixture world = new AssignmentFixture(TODAY);
  final Indication guidance = world.store(AssignmentGen.granted(new IndicationId(new java.util.UUID(1, 1)), CLIENT,
      BERNHEZE, Option.none(), AssignmentGen.grant(ProductCategory.GUIDANCE, Option.some(GUIDANCE_A),
          DeliveryForm.IN_KIND, YEAR_2024)));

  SubmitAssignmentRequestCommand ask(AgbCode provider, String reference, String product) {
    return Results.right(SubmitAssignmentRequestCommand.read(BERNHEZE.value(), provider.value(), CLIENT.value(),
        reference, product.substring(0, 2), product, TEN_HOURS_A_MONTH, LocalDate.of(2024, 3, 4),
        LocalDate.of(2024, 6, 30)));
  }

  AssignmentRequest submitted(AgbCode provider, String reference) {
    return Results.right(world.requestServices.submitAssignmentRequest(Actor.provider(provider),
        ask(provider, reference, GUIDANCE_A.value())));
  }

  Either<DomainError, AssignmentRequest> grant(Actor actor, AssignmentRequest r) {
    return world.requestServices.grantAssignmentRequest(actor, new GrantAssignmentRequestCommand(r.id(), Option.none()));
  }

  Either<DomainError, AssignmentRequest> refuse(Actor actor, AssignmentRequest r) {
    return world.requestServices.refuseAssignmentRequest(actor,
        new RefuseAssignmentRequestCommand(r.id(), RequestRefusalReason.OUTSIDE_CONTRACT));
  }

  Assignment issued(AgbCode provider) {
    return Results.right(world.services.issueAssignment(Actor.region(), new IssueAssignmentCommand(guidance.id(),
        provider, AssignmentType.SPECIFIC, Option.none(), Option.some(new Volume(10, Unit.HOUR, Frequency.PER_MONTH)),
        LocalDate.of(2024, 3, 4), Option.some(LocalDate.of(2024, 6, 30)))));
  }

  Either<DomainError, AssignmentRequest> askChange(AgbCode provider, Bsn client, AssignmentNumber number,
                                                  VolumeInput volume, LocalDate end) {
    return SubmitChangeRequestCommand.read(BERNHEZE.value(), provider.value(), client.value(), "CHG-" + number,
        number.toString(), LocalDate.of(2024, 4, 1), volume, end)
        .flatMap(c -> world.requestServices.submitChangeRequest(Actor.provider(P1), c));
  }

  /** No error the use cases answer repeats a client's BSN. */
  static <T> Either<DomainError, T> clean(Either<DomainError, T> result) {
    result.peekLeft(e -> assertThat(e.message()).doesNotContain(CLIENT.value()).doesNotContain(OTHER_CLIENT.value()));
    return result;
  }

  @Test
  void a_provider_submits_a_request_that_stays_open_until_answered() {
    AssignmentRequest r = submitted(P1, "REF-1");
    assertThat(r.status()).isEqualTo(AssignmentRequestStatus.OPEN);
    assertThat(r.kind()).isEqualTo(RequestKind.ASSIGNMENT);
    assertThat(r.receivedOn()).isEqualTo(TODAY);
    assertThat(r.category()).containsExactly(ProductCategory.GUIDANCE);
    assertThat(r.product()).containsExactly(GUIDANCE_A);
    assertThat(r.version()).isEqualTo(1);
    assertThat(world.requests.findById(r.id())).containsExactly(r);
    assertThat(world.assignments.findByClient(CLIENT)).isEmpty();
  }

  @Test
  void only_a_provider_submits_and_only_for_itself() {
    SubmitAssignmentRequestCommand forP1 = ask(P1, "REF-1", GUIDANCE_A.value());
    Results.left(world.requestServices.submitAssignmentRequest(Actor.provider(P2), forP1), CommonError.Forbidden.class);
    Results.left(world.requestServices.submitAssignmentRequest(Actor.municipality(BERNHEZE), forP1), CommonError.Forbidden.class);
    Results.left(world.requestServices.submitAssignmentRequest(Actor.region(), forP1), CommonError.Forbidden.class);
    assertThat(world.requests.all()).isEmpty();
  }

  @Test
  void a_request_goes_to_a_member_and_one_for_what_the_provider_may_not_deliver_is_refused_at_once() {
    world.member = m -> !m.equals(BERNHEZE);
    InvalidInput notMember = Results.left(world.requestServices.submitAssignmentRequest(Actor.provider(P1),
        ask(P1, "REF-1", GUIDANCE_A.value())), InvalidInput.class);
    assertThat(notMember.errors().map(e -> e.code())).containsExactly("not_a_member");
    world.member = m -> true;
    world.contracted = q -> !q.product().equals(HOUSEHOLD);
    AssignmentRequest uncontracted = Results.right(world.requestServices.submitAssignmentRequest(Actor.provider(P1),
        ask(P1, "REF-2", HOUSEHOLD.value())));
    assertThat(uncontracted.status()).isEqualTo(AssignmentRequestStatus.REFUSED);
    assertThat(uncontracted.refusal()).containsExactly(RequestRefusalReason.NO_CONTRACT);
    assertThat(uncontracted.answeredOn()).containsExactly(TODAY);
    assertThat(world.requests.all()).containsExactly(uncontracted);
    Results.left(grant(Actor.region(), uncontracted), AssignmentRequestError.AlreadyAnswered.class);
  }

  @Test
  void a_reference_is_used_once_per_provider() {
    submitted(P1, "REF-1");
    Results.left(world.requestServices.submitAssignmentRequest(Actor.provider(P1), ask(P1, "REF-1", GUIDANCE_A.value())),
        CommonError.Duplicate.class);
    assertThat(submitted(P2, "REF-1").provider()).isEqualTo(P2);
    assertThat(world.requests.all()).hasSize(2);
  }

  @Test
  void granting_issues_the_assignment_under_the_clients_indication_once() {
    AssignmentRequest r = submitted(P1, "REF-1");
    world.clock.set(TODAY.plusDays(2));
    AssignmentRequest granted = Results.right(grant(Actor.municipality(BERNHEZE), r));

    assertThat(granted.status()).isEqualTo(AssignmentRequestStatus.GRANTED);
    assertThat(granted.answeredOn()).containsExactly(TODAY.plusDays(2));
    Assignment a = world.assignments.findById(granted.outcome().get()).get();
    assertThat(a.indication()).isEqualTo(guidance.id());
    assertThat(a.provider()).isEqualTo(P1);
    assertThat(a.client()).isEqualTo(CLIENT);
    assertThat(a.product()).containsExactly(GUIDANCE_A);
    assertThat(a.validity()).isEqualTo(DateRange.of(LocalDate.of(2024, 3, 4), LocalDate.of(2024, 6, 30)));
    assertThat(a.volume()).containsExactly(new Volume(10, Unit.HOUR, Frequency.PER_MONTH));

    Results.left(grant(Actor.region(), granted), AssignmentRequestError.AlreadyAnswered.class);
    Results.left(refuse(Actor.region(), granted), AssignmentRequestError.AlreadyAnswered.class);
    assertThat(world.assignments.findByClient(CLIENT)).hasSize(1);
  }

  @Test
  void without_a_covering_indication_a_grant_is_refused_and_the_request_stays_open() {
    world.contracted = q -> true;
    AssignmentRequest household = Results.right(world.requestServices.submitAssignmentRequest(Actor.provider(P1),
        ask(P1, "REF-1", HOUSEHOLD.value())));
    Results.left(clean(grant(Actor.municipality(BERNHEZE), household)), AssignmentRequestError.NoIndication.class);
    assertThat(world.requests.findById(household.id()).get().status()).isEqualTo(AssignmentRequestStatus.OPEN);
    assertThat(world.assignments.findByClient(CLIENT)).isEmpty();

    AssignmentRequest refused = Results.right(refuse(Actor.municipality(BERNHEZE), household));
    assertThat(refused.status()).isEqualTo(AssignmentRequestStatus.REFUSED);
    assertThat(refused.refusal()).containsExactly(RequestRefusalReason.OUTSIDE_CONTRACT);
  }

  @Test
  void a_named_indication_must_be_the_clients_of_that_municipality() {
    Indication elsewhere = world.store(AssignmentGen.granted(new IndicationId(new java.util.UUID(1, 2)), CLIENT,
        OSS, Option.none(), AssignmentGen.grant(ProductCategory.GUIDANCE, Option.some(GUIDANCE_A),
            DeliveryForm.IN_KIND, YEAR_2024)));
    AssignmentRequest r = submitted(P1, "REF-1");
    Results.left(world.requestServices.grantAssignmentRequest(Actor.region(),
        new GrantAssignmentRequestCommand(r.id(), Option.some(elsewhere.id()))), CommonError.NotFound.class);
    AssignmentRequest granted = Results.right(world.requestServices.grantAssignmentRequest(Actor.region(),
        new GrantAssignmentRequestCommand(r.id(), Option.some(guidance.id()))));
    assertThat(world.assignments.findById(granted.outcome().get()).get().indication()).isEqualTo(guidance.id());
  }

  @Test
  void what_the_assignment_rules_refuse_leaves_the_request_open() {
    issued(P1);
    AssignmentRequest stacking = submitted(P1, "REF-1");
    Results.left(grant(Actor.region(), stacking), AssignmentError.Stacking.class);
    assertThat(world.requests.findById(stacking.id()).get().status()).isEqualTo(AssignmentRequestStatus.OPEN);
  }

  @Test
  void only_the_region_and_the_municipality_asked_answer() {
    AssignmentRequest r = submitted(P1, "REF-1");
    Results.left(grant(Actor.municipality(OSS), r), CommonError.NotFound.class);
    Results.left(refuse(Actor.municipality(OSS), r), CommonError.NotFound.class);
    Results.left(grant(Actor.provider(P1), r), CommonError.Forbidden.class);
    Results.left(refuse(Actor.supervisor(), r), CommonError.Forbidden.class);
    assertThat(world.requests.findById(r.id()).get().status()).isEqualTo(AssignmentRequestStatus.OPEN);
    assertThat(Results.right(refuse(Actor.region(), r)).status()).isEqualTo(AssignmentRequestStatus.REFUSED);
  }

  @Test
  void a_request_is_seen_by_its_provider_the_municipality_asked_and_the_region_only() {
    AssignmentRequest r = submitted(P1, "REF-1");
    java.util.List<Actor> actors = java.util.List.of(Actor.provider(P1), Actor.provider(P2), Actor.municipality(OSS),
        Actor.municipality(BERNHEZE), Actor.region(), Actor.supervisor(), Actor.analyst());
    qt().forAll(Generate.pick(actors)).checkAssert(actor -> {
      boolean sees = actor.provider().contains(P1) || actor.municipality().contains(BERNHEZE)
          || actor.role() == Actor.Role.REGION;
      assertThat(world.requestServices.getAssignmentRequest(actor, r.id()).isRight()).isEqualTo(sees);
      var page = world.requestServices.listAssignmentRequests(actor, ListAssignmentRequestsQuery.all(PageRequest.first()));
      assertThat(page.map(p -> p.items().contains(r)).getOrElse(false)).isEqualTo(sees);
    });
    ListAssignmentRequestsQuery othersOnly = new ListAssignmentRequestsQuery(Option.none(), Option.some(P1), Option.none(),
        PageRequest.first());
    assertThat(Results.right(world.requestServices.listAssignmentRequests(Actor.provider(P2), othersOnly)).items()).isEmpty();
  }

  @Test
  void a_change_of_volume_granted_ends_the_assignment_and_issues_its_replacement() {
    Assignment current = issued(P1);
    AssignmentRequest r = Results.right(askChange(P1, CLIENT, current.number().get(),
        new VolumeInput(15L, Unit.HOUR, Frequency.PER_MONTH), LocalDate.of(2024, 6, 30)));
    assertThat(r.kind()).isEqualTo(RequestKind.CHANGE);
    assertThat(r.volume()).containsExactly(new Volume(15, Unit.HOUR, Frequency.PER_MONTH));
    assertThat(r.end().isEmpty()).isTrue();

    AssignmentRequest granted = Results.right(grant(Actor.municipality(BERNHEZE), r));
    Assignment ended = world.assignments.findById(current.id()).get();
    Assignment replacement = world.assignments.findById(granted.outcome().get()).get();
    assertThat(ended.status()).isEqualTo(AssignmentStatus.ENDED);
    assertThat(ended.stop().get().reason()).isEqualTo(StopReason.CHANGE_REQUEST);
    assertThat(replacement.volume()).containsExactly(new Volume(15, Unit.HOUR, Frequency.PER_MONTH));
    assertThat(replacement.validity().start()).isEqualTo(LocalDate.of(2024, 4, 1));
    assertThat(replacement.replaces()).containsExactly(current.id());
  }

  @Test
  void a_change_of_the_end_granted_moves_it_on_the_same_assignment() {
    Assignment current = issued(P1);
    AssignmentRequest r = Results.right(askChange(P1, CLIENT, current.number().get(), TEN_HOURS_A_MONTH,
        LocalDate.of(2024, 9, 30)));
    assertThat(r.volume().isEmpty()).isTrue();
    assertThat(r.end()).containsExactly(LocalDate.of(2024, 9, 30));
    AssignmentRequest granted = Results.right(grant(Actor.region(), r));
    assertThat(granted.outcome()).containsExactly(current.id());
    assertThat(world.assignments.findById(current.id()).get().validity().end()).containsExactly(LocalDate.of(2024, 9, 30));
  }

  @Test
  void a_change_names_an_active_assignment_of_the_provider_and_client_or_none_at_all() {
    Assignment current = issued(P2);
    VolumeInput more = new VolumeInput(15L, Unit.HOUR, Frequency.PER_MONTH);
    Results.left(clean(askChange(P1, CLIENT, current.number().get(), more, null)), CommonError.NotFound.class);
    // another's assignment exists: the refusal is recorded on its client, as every refused access is
    assertThat(world.trail.byClient(CLIENT, PageRequest.first()).items().exists(e ->
        e.record().outcome() == nl.wmokader.core.audit.domain.AuditOutcome.REFUSED
            && e.record().actor().party().equals(Actor.provider(P1)))).isTrue();
    Results.left(clean(askChange(P1, CLIENT, AssignmentNumber.of(999_999), more, null)), CommonError.NotFound.class);
    Assignment own = issued(P1);
    Results.left(clean(askChange(P1, OTHER_CLIENT, own.number().get(), more, null)), CommonError.NotFound.class);
    InvalidInput unchanged = Results.left(askChange(P1, CLIENT, own.number().get(), TEN_HOURS_A_MONTH,
        LocalDate.of(2024, 6, 30)), InvalidInput.class);
    assertThat(unchanged.errors().map(e -> e.code())).containsExactly("unchanged");
    InvalidInput both = Results.left(askChange(P1, CLIENT, own.number().get(), more, LocalDate.of(2024, 9, 30)),
        InvalidInput.class);
    assertThat(both.errors().map(e -> e.code())).containsExactly("change_one");
    Results.right(world.services.deleteAssignment(Actor.region(),
        new nl.wmokader.core.indication.port.in.DeleteAssignmentCommand(own.id())));
    Results.left(askChange(P1, CLIENT, own.number().get(), more, null), AssignmentError.NotActive.class);
    assertThat(world.requests.all()).isEmpty();
  }

  @Test
  void malformed_input_is_reported_field_by_field_without_repeating_the_bsn() {
    InvalidInput bad = Results.left(SubmitAssignmentRequestCommand.read("82", "123", "999999991", " ", "99", "x",
        new VolumeInput(0L, null, Frequency.PER_WEEK), LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 1)), InvalidInput.class);
    assertThat(bad.errors().map(e -> e.field())).contains("municipality", "provider", "client", "reference", "category",
        "product", "volume.quantity", "volume.unit", "end");
    assertThat(bad.message()).doesNotContain("999999991");
  }
}
