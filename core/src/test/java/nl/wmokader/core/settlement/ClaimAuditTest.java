package nl.wmokader.core.settlement;

import static nl.wmokader.core.settlement.ClaimGen.GUIDANCE;
import static nl.wmokader.core.settlement.ClaimGen.assignment;
import static nl.wmokader.core.settlement.ClaimGen.debit;
import static nl.wmokader.core.settlement.ClaimGen.range;
import static nl.wmokader.core.testing.Results.right;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.Seq;
import java.time.YearMonth;
import nl.wmokader.core.audit.domain.AuditEntry;
import nl.wmokader.core.audit.domain.AuditRecord;
import nl.wmokader.core.audit.domain.AuditSearch;
import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.Volume;
import nl.wmokader.core.settlement.domain.Claim;
import nl.wmokader.core.settlement.port.in.ListClaimsQuery;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.InfrastructureException;
import nl.wmokader.core.shared.PageRequest;
import org.junit.jupiter.api.Test;

/** A claim's reads and writes in the audit trail: one entry naming its clients, before the claim is stored or answered. */
class ClaimAuditTest {
  private static final YearMonth NOV = YearMonth.of(2025, 11);
  private final ClaimWorld world = new ClaimWorld();
  private final Assignment first = world.store(assignment(1, GUIDANCE, new Volume(3, Unit.HOUR, Frequency.PER_WEEK),
      range("2025-10-07", "2025-12-30")));
  private final Assignment second = world.store(assignment(2, GUIDANCE,
      new Volume(3, Unit.HOUR, Frequency.PER_WEEK), range("2025-10-07", "2025-12-30")).withClient(ClaimGen.OTHER_CLIENT));

  private Seq<AuditEntry> trail() {
    return world.adapters.auditTrail().search(AuditSearch.of(nl.wmokader.core.shared.DateRange.of(java.time.LocalDate.of(2000, 1, 1), io.vavr.control.Option.none())), new PageRequest(0, 500)).items().reverse();
  }

  private static String describe(AuditEntry entry) {
    AuditRecord r = entry.record();
    return r.actor().role() + " " + r.action() + " " + r.resource() + " " + r.outcome() + " "
        + (r.clients().isEmpty() ? "-" : r.clients().map(c -> c.value()).mkString(","));
  }

  /** What {@code step} added to the trail, described, in any order (entries of one instant sort by chain). */
  private java.util.List<String> recordedBy(Runnable step) {
    var before = trail().map(e -> e.chain() + "#" + e.seq()).toSet();
    step.run();
    return trail().filter(e -> !before.contains(e.chain() + "#" + e.seq())).map(ClaimAuditTest::describe).toJavaList();
  }

  @Test
  void a_claim_is_one_entry_naming_its_clients_once_each_as_created_and_every_read_of_it() {
    // in the order of their numbers
    String ab = io.vavr.collection.List.of(ClaimGen.CLIENT.value(), ClaimGen.OTHER_CLIENT.value()).sorted().mkString(",");
    Runnable submit = () -> world.submit("D-1", NOV, debit("R1", first, NOV, 5).build(),
        debit("R2", first, NOV, 5).build(), debit("R3", second, NOV, 5).build());
    assertThat(recordedBy(submit)).as("one entry naming each client once, not one per line")
        .containsExactly("PROVIDER CREATE claim ALLOWED " + ab);
    Claim claim = world.submit("D-1", NOV, debit("R1", first, NOV, 5).build(), debit("R2", first, NOV, 5).build(),
        debit("R3", second, NOV, 5).build());
    assertThat(trail().map(e -> e.record().resourceId())).containsOnly(claim.id().value().toString());
    assertThat(trail().map(ClaimAuditTest::describe)).as("a resubmission answers the claim: a read")
        .containsOnlyOnce("PROVIDER READ claim ALLOWED " + ab);
    assertThat(recordedBy(() -> right(world.wmo.settlement().getClaim().getClaim(Actor.municipality(ClaimGen.MEMBER),
        claim.id())))).containsExactly("MUNICIPALITY READ claim ALLOWED " + ab);
    assertThat(recordedBy(() -> world.wmo.settlement().getClaim().getClaim(Actor.provider(ClaimGen.OTHER_PROVIDER),
        claim.id()))).containsExactly("PROVIDER READ claim REFUSED -");
    assertThat(recordedBy(() -> right(world.wmo.settlement().listClaims().listClaims(Actor.region(),
        new ListClaimsQuery(io.vavr.control.Option.none(), io.vavr.control.Option.none(), io.vavr.control.Option.none(),
            PageRequest.first()))))).as("a list of claims shows no client").isEmpty();
  }

  @Test
  void a_claim_whose_record_cannot_be_stored_is_not_stored_either() {
    nl.wmokader.core.testing.TamperableTrail down = new nl.wmokader.core.testing.TamperableTrail();
    down.breakDown();
    ClaimWorld broken = new ClaimWorld(claims -> claims, down);
    Assignment a = broken.store(assignment(1, GUIDANCE, new Volume(3, Unit.HOUR, Frequency.PER_WEEK),
        range("2025-10-07", "2025-12-30")));
    assertThatThrownBy(() -> broken.submit("D-1", NOV, debit("R1", a, NOV, 5).build()))
        .isInstanceOf(InfrastructureException.class);
    assertThat(broken.adapters.claims().findByNumber(ClaimGen.PROVIDER, "D-1")).isEmpty();
    assertThat(trail()).isEmpty();
  }

  @Test
  void a_clients_history_shows_the_claim_naming_that_client_alone() {
    Claim claim = world.submit("D-1", NOV, debit("R1", first, NOV, 5).build(), debit("R3", second, NOV, 5).build());
    for (nl.wmokader.core.shared.Bsn client : io.vavr.collection.List.of(ClaimGen.CLIENT, ClaimGen.OTHER_CLIENT)) {
      var history = right(world.wmo.audit().clientAccessHistory().clientAccessHistory(Actor.region(),
          new nl.wmokader.core.audit.port.in.ClientAccessHistoryQuery(client, PageRequest.first())));
      var ofTheClaim = history.items().filter(e -> e.record().resourceId().equals(claim.id().value().toString()));
      assertThat(ofTheClaim).hasSize(1);
      assertThat(ofTheClaim.head().record().clients()).as("the other client stays out of sight").containsExactly(client);
    }
  }
}
