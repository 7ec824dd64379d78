package nl.wmokader.core.settlement;

import static nl.wmokader.core.settlement.ClaimGen.GUIDANCE;
import static nl.wmokader.core.settlement.ClaimGen.MEMBER;
import static nl.wmokader.core.settlement.ClaimGen.PROVIDER;
import static nl.wmokader.core.settlement.ClaimGen.assignment;
import static nl.wmokader.core.settlement.ClaimGen.debit;
import static nl.wmokader.core.settlement.ClaimGen.input;
import static nl.wmokader.core.settlement.ClaimGen.range;
import static nl.wmokader.core.settlement.ClaimWorld.PROVIDER_STAFF;
import static nl.wmokader.core.settlement.ClaimWorld.REGION;
import static nl.wmokader.core.settlement.ClaimWorld.command;
import static nl.wmokader.core.testing.Results.left;
import static nl.wmokader.core.testing.Results.right;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.YearMonth;
import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.AssignmentError;
import nl.wmokader.core.indication.domain.AssignmentNumber;
import nl.wmokader.core.indication.domain.Volume;
import nl.wmokader.core.indication.port.in.DeleteAssignmentCommand;
import nl.wmokader.core.settlement.domain.Claim;
import nl.wmokader.core.settlement.domain.ClaimLine;
import nl.wmokader.core.settlement.domain.DebitCredit;
import nl.wmokader.core.settlement.port.in.ClaimLineInput;
import nl.wmokader.core.settlement.port.in.ListClaimsQuery;
import nl.wmokader.core.settlement.port.in.SubmitClaimCommand;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.FieldError;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.PageRequest;
import org.junit.jupiter.api.Test;

/** Submitting, reading and listing claims through the facade with in-memory adapters. */
class ClaimServicesTest {

  private static final YearMonth NOV = YearMonth.of(2025, 11);
  private static final YearMonth DEC = YearMonth.of(2025, 12);
  private final ClaimWorld world = new ClaimWorld();
  private final Assignment guided = world.store(assignment(1, GUIDANCE, new Volume(3, Unit.HOUR, Frequency.PER_WEEK),
      range("2025-10-07", "2025-12-30")));

  private ListClaimsQuery all() {
    return new ListClaimsQuery(Option.none(), Option.none(), Option.none(), PageRequest.first());
  }

  @Test
  void the_provider_submits_and_gets_its_answer_line_by_line() {
    Claim claim = world.submit("D-1", NOV, debit("R1", guided, NOV, 15).build(), debit("R2", guided, NOV, 15).build());
    assertThat(claim.lines().map(l -> l.answerCodes().mkString(","))).containsExactly("8001", "9322,9389");
    assertThat(claim.approvedTotal()).isEqualTo(Money.ofCents(15 * 6_500));
    assertThat(claim.submittedTotal()).isEqualTo(Money.ofCents(30 * 6_500));
    assertThat(claim.submittedOn()).isEqualTo(world.clock.today());
    assertThat(right(world.wmo.settlement().getClaim().getClaim(Actor.municipality(MEMBER), claim.id()))).isEqualTo(claim);
    assertThat(right(world.wmo.settlement().getClaim().getClaim(REGION, claim.id()))).isEqualTo(claim);
  }

  @Test
  void a_line_may_name_its_assignment_by_its_iwmo_number_resolved_in_the_claim_s_municipality() {
    Assignment numbered = world.store(assignment(2, GUIDANCE, new Volume(3, Unit.HOUR, Frequency.PER_WEEK),
        range("2025-10-07", "2025-12-30")).withNumber(Option.some(AssignmentNumber.of(1234))));
    ClaimLine line = debit("R1", numbered, NOV, 12).build();
    ClaimLineInput byNumber = withAssignment(input(line), "001234");
    ClaimLineInput unknown = withAssignment(input(debit("R2", numbered, NOV, 1).build()), "999");
    SubmitClaimCommand.Draft draft = right(SubmitClaimCommand.read(MEMBER.value(), NOV.toString(), "D-1", null,
        List.of(byNumber, unknown)));
    Claim claim = right(world.wmo.settlement().submitClaim().submitClaim(PROVIDER_STAFF, draft));

    assertThat(claim.lines().get(0).line()).isEqualTo(line);           // the same line as named by its UUID
    assertThat(claim.lines().map(l -> l.answerCodes().mkString(","))).containsExactly("8001", "9338");
    // the same message again changes nothing and answers the same
    SubmitClaimCommand.Draft again = right(SubmitClaimCommand.read(MEMBER.value(), NOV.toString(), "D-1", null,
        List.of(byNumber, unknown)));
    assertThat(right(world.wmo.settlement().submitClaim().submitClaim(PROVIDER_STAFF, again))).isEqualTo(claim);
    // without the stores a number cannot be resolved: the typed command names the line
    assertThat(left(SubmitClaimCommand.of(MEMBER.value(), NOV.toString(), "D-2", null, List.of(byNumber)),
        InvalidInput.class).errors().map(FieldError::code)).containsExactly("assignment_number_unresolved");
  }

  @Test
  void a_number_of_another_municipality_is_an_unknown_assignment() {
    Assignment numbered = world.store(assignment(2, GUIDANCE, new Volume(3, Unit.HOUR, Frequency.PER_WEEK),
        range("2025-10-07", "2025-12-30")).withNumber(Option.some(AssignmentNumber.of(77)))
        .withResponsibleMunicipality(ClaimGen.OTHER_MEMBER));
    SubmitClaimCommand.Draft draft = right(SubmitClaimCommand.read(MEMBER.value(), NOV.toString(), "D-1", null,
        List.of(withAssignment(input(debit("R1", numbered, NOV, 12).build()), "77"))));
    assertThat(right(world.wmo.settlement().submitClaim().submitClaim(PROVIDER_STAFF, draft)).lines()
        .map(l -> l.answerCodes().mkString(","))).containsExactly("9338");
  }

  private static ClaimLineInput withAssignment(ClaimLineInput in, String assignment) {
    return new ClaimLineInput(in.reference(), in.previousReference(), assignment, in.client(), in.category(), in.product(),
        in.periodStart(), in.periodEnd(), in.volume(), in.unit(), in.tariffCents(), in.amountCents(), in.direction());
  }

  @Test
  void only_the_provider_submits_and_nobody_else_sees_its_claims() {
    left(world.wmo.settlement().submitClaim().submitClaim(Actor.municipality(MEMBER), command("D-1", NOV, debit("R1", guided, NOV, 15).build())),
        CommonError.Forbidden.class);
    left(world.wmo.settlement().submitClaim().submitClaim(REGION, command("D-1", NOV, debit("R1", guided, NOV, 15).build())),
        CommonError.Forbidden.class);
    assertThat(world.adapters.claims().findByNumber(PROVIDER, "D-1")).isEmpty();

    Claim claim = world.submit("D-1", NOV, debit("R1", guided, NOV, 15).build());
    left(world.wmo.settlement().getClaim().getClaim(Actor.provider(ClaimGen.OTHER_PROVIDER), claim.id()), CommonError.NotFound.class);
    left(world.wmo.settlement().getClaim().getClaim(Actor.municipality(ClaimGen.OTHER_MEMBER), claim.id()), CommonError.NotFound.class);
    assertThat(right(world.wmo.settlement().listClaims().listClaims(Actor.provider(ClaimGen.OTHER_PROVIDER), all())).total()).isZero();
    assertThat(right(world.wmo.settlement().listClaims().listClaims(Actor.municipality(ClaimGen.OTHER_MEMBER), all())).total()).isZero();
    assertThat(right(world.wmo.settlement().listClaims().listClaims(PROVIDER_STAFF, all())).total()).isEqualTo(1);
    assertThat(right(world.wmo.settlement().listClaims().listClaims(Actor.municipality(MEMBER), all())).total()).isEqualTo(1);
    assertThat(right(world.wmo.settlement().listClaims().listClaims(PROVIDER_STAFF, new ListClaimsQuery(
        Option.some(ClaimGen.OTHER_PROVIDER), Option.none(), Option.none(), PageRequest.first()))).total()).isZero();

    // who claims is the actor: another provider naming this provider's assignment claims for itself, and is refused it
    Claim foreign = right(world.wmo.settlement().submitClaim().submitClaim(Actor.provider(ClaimGen.OTHER_PROVIDER),
        command("D-2", NOV, debit("R9", guided, NOV, 15).build())));
    assertThat(foreign.provider()).isEqualTo(ClaimGen.OTHER_PROVIDER);
    assertThat(foreign.lines().map(l -> l.answerCodes().mkString(","))).containsExactly("9338");
    assertThat(world.adapters.claims().findByNumber(PROVIDER, "D-2")).isEmpty();
  }

  @Test
  void what_needs_the_region_or_the_clock_is_checked_at_once_and_nothing_stored() {
    ClaimLine good = debit("R1", guided, NOV, 15).build();
    ClaimLine future = debit("R2", guided, DEC, 15).build();
    world.clock.set(LocalDate.of(2025, 12, 15));
    SubmitClaimCommand bad = new SubmitClaimCommand(MunicipalityCode.of("0363"), YearMonth.of(2026, 1), "D-1",
        Option.none(), List.of(good, future));
    InvalidInput errors = left(world.wmo.settlement().submitClaim().submitClaim(PROVIDER_STAFF, bad), InvalidInput.class);
    assertThat(errors.errors().map(e -> e.field() + ":" + e.code()))
        .containsExactly("municipality:not_a_member", "month:in_future", "lines[1].periodEnd:in_future");
    assertThat(world.adapters.claims().findByNumber(PROVIDER, "D-1")).isEmpty();
    assertThat(world.adapters.claims().usedReferences(PROVIDER, io.vavr.collection.HashSet.of("R1", "R2"))).isEmpty();
    assertThat(world.adapters.claims().hasApprovedLines(guided.id())).isFalse();
    left(world.wmo.settlement().submitClaim().submitClaim(PROVIDER_STAFF, (SubmitClaimCommand) null), InvalidInput.class);

    // a claim read from a message: its own second round and the region's and the clock's answers at once
    ClaimLineInput zeroVolume = new ClaimLineInput("R3", null, guided.id().toString(), ClaimGen.CLIENT.value(), "02",
        "02A01", NOV.atDay(1), NOV.atEndOfMonth(), 0L, "04", 6_500L, 0L, DebitCredit.DEBIT);
    SubmitClaimCommand.Draft draft = right(SubmitClaimCommand.read("0363", "2026-01", "D-1", null,
        List.of(zeroVolume, input(future))));
    assertThat(left(world.wmo.settlement().submitClaim().submitClaim(PROVIDER_STAFF, draft), InvalidInput.class).errors()
        .map(e -> e.field() + ":" + e.code())).containsExactly("municipality:not_a_member", "month:in_future",
        "lines[1].periodEnd:in_future", "lines[0].volume:out_of_range");
    left(world.wmo.settlement().submitClaim().submitClaim(REGION, draft), CommonError.Forbidden.class);
    assertThat(world.adapters.claims().findByNumber(PROVIDER, "D-1")).isEmpty();

    SubmitClaimCommand rightTotal = right(SubmitClaimCommand.of(MEMBER.value(), NOV.toString(), "D-1", 15L * 6_500,
        List.of(input(good))));
    assertThat(right(world.wmo.settlement().submitClaim().submitClaim(PROVIDER_STAFF, rightTotal)).approvedTotal().cents())
        .isEqualTo(15L * 6_500);
  }

  @Test
  void a_claim_read_from_a_message_keeps_the_assignments_identifier_and_client_not_copies() {
    Assignment held = world.adapters.assignments().findById(guided.id()).get();
    SubmitClaimCommand.Draft draft = right(SubmitClaimCommand.read(MEMBER.value(), NOV.toString(), "D-1", null,
        List.of(input(debit("R1", guided, NOV, 15).build()))));
    ClaimLine stored = right(world.wmo.settlement().submitClaim().submitClaim(PROVIDER_STAFF, draft)).lines().head().line();
    assertThat(stored.assignment()).isSameAs(held.id());
    assertThat(stored.client()).isSameAs(held.client());
    assertThat(world.adapters.claims().findByNumber(PROVIDER, "D-1").get().lines().head().line()).isEqualTo(stored);
  }

  @Test
  void the_same_claim_again_is_the_same_claim_and_changes_nothing() {
    ClaimLine line = debit("R1", guided, NOV, 15).build();
    Claim first = world.submit("D-1", NOV, line);
    var ledgerBefore = world.adapters.claims().ledgers(io.vavr.collection.HashSet.of(guided.id()));
    world.clock.set(LocalDate.of(2026, 1, 20));
    Claim again = world.submit("D-1", NOV, line);
    assertThat(again).isEqualTo(first);
    assertThat(world.adapters.claims().ledgers(io.vavr.collection.HashSet.of(guided.id()))).isEqualTo(ledgerBefore);
    assertThat(right(world.wmo.settlement().listClaims().listClaims(REGION, all())).total()).isEqualTo(1);

    left(world.wmo.settlement().submitClaim().submitClaim(PROVIDER_STAFF, command("D-1", NOV, debit("R1", guided, NOV, 14).build())),
        CommonError.Duplicate.class);
    left(world.wmo.settlement().submitClaim().submitClaim(PROVIDER_STAFF, command("D-1", DEC, line)), CommonError.Duplicate.class);
    assertThat(world.adapters.claims().ledgers(io.vavr.collection.HashSet.of(guided.id()))).isEqualTo(ledgerBefore);
  }

  @Test
  void a_correction_is_a_credit_in_a_later_claim() {
    ClaimLine line = debit("R1", guided, NOV, 15).build();
    world.submit("D-1", NOV, line);
    Claim corrected = world.submit("D-2", DEC, ClaimGen.credit("C1", line), debit("R2", guided, NOV, 12).build(),
        debit("R3", guided, DEC, 12).build());
    assertThat(corrected.lines().map(l -> l.answerCodes().mkString(","))).containsExactly("8001", "8001", "8001");
    assertThat(corrected.approvedTotal()).isEqualTo(Money.ofCents(9 * 6_500));
    Claim later = world.submit("D-3", DEC, ClaimGen.credit("C2", line));
    assertThat(later.lines().head().answerCodes()).containsExactly("9390");
  }

  @Test
  void turnover_and_approved_claims_are_answered_from_claims() {
    world.submit("D-1", NOV, debit("R1", guided, NOV, 15).build(), debit("R2", guided, NOV, 16).build());
    assertThat(world.adapters.claims().turnover(PROVIDER, 2025)).isEqualTo(Money.ofCents(15 * 6_500));
    assertThat(world.adapters.claims().turnover(PROVIDER, 2026)).isEqualTo(Money.ZERO);
    left(world.wmo.indication().deleteAssignment().deleteAssignment(Actor.municipality(MEMBER), new DeleteAssignmentCommand(guided.id())),
        AssignmentError.HasApprovedClaims.class);

    Assignment unclaimed = world.store(assignment(2, ClaimGen.SPECIALIST, new Volume(1, Unit.HOUR, Frequency.PER_WEEK),
        range("2025-10-07", "2025-12-30")));
    world.submit("D-2", NOV, debit("R3", unclaimed, NOV, 99).build());
    right(world.wmo.indication().deleteAssignment().deleteAssignment(Actor.municipality(MEMBER), new DeleteAssignmentCommand(unclaimed.id())));
  }
}
