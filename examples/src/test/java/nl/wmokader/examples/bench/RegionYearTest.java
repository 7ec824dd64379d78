package nl.wmokader.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.wmokader.core.settlement.domain.AnsweredLine;
import nl.wmokader.core.settlement.domain.Claim;
import nl.wmokader.core.settlement.domain.RejectionCode;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.examples.demo.DemoRegion;
import org.junit.jupiter.api.Test;

/** The benchmarks' data and floor at a small size: behaviour only, never a timing. */
class RegionYearTest {

  private static final int MONTHS = 3;

  @Test
  void the_project_and_the_floor_approve_the_same_lines_of_a_small_region_year() {
    RegionYear plan = RegionYear.plan(new RegionYear.Spec(400, 12, false, 7L));
    InMemoryWorld project = InMemoryWorld.issue(plan);
    Floor floor = Floor.of(project.world);

    long lines = 0;
    long rejected = 0;
    for (int m = 1; m <= MONTHS; m++) {
      List<RawClaim> claims = project.world.claims(m);
      project.clock.set(RegionYear.submittedOn(m));
      List<Claim> answers = new ArrayList<>();
      project.submit(claims, answers);
      for (int i = 0; i < claims.size(); i++) {
        Floor.Claim floorAnswer = floor.submit(claims.get(i), RegionYear.submittedOn(m));
        Claim answer = answers.get(i);
        // Line by line, not only in sum: the same decision on the same line.
        for (int l = 0; l < answer.lines().size(); l++) {
          assertThat(floorAnswer.lines().get(l).approved())
              .as("month %d claim %s line %d: %s", m, answer.number(), l, answer.lines().get(l).rejections())
              .isEqualTo(answer.lines().get(l).isApproved());
        }
      }
      lines += InMemoryWorld.lines(answers);
      rejected += answers.stream().mapToLong(c -> c.rejectedLines().size()).sum();
    }

    assertThat(lines).isEqualTo(plan.lines(1) + plan.lines(2) + plan.lines(3));
    // About 4% wrong on purpose: some, not many.
    assertThat(rejected).isBetween(lines / 100, lines / 10);
  }

  @Test
  void every_kind_of_mistake_is_answered_with_its_code() {
    RegionYear plan = RegionYear.plan(new RegionYear.Spec(600, 6, false, 11L));
    InMemoryWorld project = InMemoryWorld.issue(plan);
    List<Claim> answers = new ArrayList<>();
    for (int m = 1; m <= 2; m++) {
      answers.addAll(project.submitMonth(m));
    }
    var codes = io.vavr.collection.List.ofAll(answers).flatMap(Claim::lines).flatMap(AnsweredLine::rejections).toSet();
    assertThat(codes.toJavaSet()).contains(RejectionCode.TARIFF_MISMATCH, RejectionCode.LINE_VOLUME_EXCEEDED,
        RejectionCode.UNKNOWN_ASSIGNMENT, RejectionCode.DUPLICATE_REFERENCE, RejectionCode.ALREADY_CLAIMED);
  }

  @Test
  void the_floor_settles_what_the_project_settles() {
    RegionYear plan = RegionYear.plan(new RegionYear.Spec(300, 10, false, 5L));
    InMemoryWorld project = InMemoryWorld.issue(plan);
    Floor floor = Floor.of(project.world);
    for (int m = 1; m <= 2; m++) {
      project.submitMonth(m);
      for (RawClaim c : project.world.claims(m)) {
        floor.submit(c, RegionYear.submittedOn(m));
      }
    }
    var settled = java.time.YearMonth.from(RegionYear.submittedOn(2));
    Floor.Sums sums = floor.settle(settled);
    for (var member : DemoRegion.MEMBERS) {
      long charged = RegionYear.ok("settle", project.wmo.settlement().getMemberSettlement().getMemberSettlement(Actor.region(),
          member.code(), settled)).total().cents();
      assertThat(charged).as(member.name()).isEqualTo(sums.perMember().getOrDefault(member.code(), 0L));
    }
    long paid = RegionYear.ok("pay", project.wmo.settlement().getCentralPayment().getCentralPayment(Actor.region(), settled))
        .totalPaid().cents();
    assertThat(paid).isPositive().isEqualTo(sums.total());
  }
}
