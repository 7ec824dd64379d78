package nl.wmokader.core.region.port.in;

import static nl.wmokader.core.testing.Results.left;
import static nl.wmokader.core.testing.Results.right;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.LocalDate;
import nl.wmokader.core.region.RegionGen;
import nl.wmokader.core.region.domain.BallotChoice;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.InvalidInput;
import org.junit.jupiter.api.Test;

/** The region's commands from raw values: presence and formats at once, then their own second round. */
class RegionCommandsTest {

  private static Seq<String> errors(Either<DomainError, ?> result) {
    return left(result, InvalidInput.class).errors().map(e -> e.field() + ":" + e.code());
  }

  @Test
  void a_region_read_from_its_raw_values_is_the_region() {
    qt().forAll(RegionGen.regions()).checkAssert(region -> {
      Seq<DefineRegionCommand.MemberInput> raw = region.members()
          .map(m -> new DefineRegionCommand.MemberInput(m.code().value(), " " + m.name() + " ", m.central()));
      DefineRegionCommand command = right(DefineRegionCommand.read(region.name(), raw));
      assertThat(command.members()).isEqualTo(region.members());
      assertThat(right(command.validated())).isEqualTo(command);
    });
  }

  @Test
  void every_missing_or_malformed_member_field_at_once_then_the_members_as_a_whole() {
    assertThat(errors(DefineRegionCommand.read(" ", List.of(new DefineRegionCommand.MemberInput("82", null, null),
        null)))).containsExactly("name:required", "members[0].code:municipality_code_format",
        "members[0].name:required", "members[0].central:required", "members[1]:required");
    assertThat(errors(DefineRegionCommand.read("R", List.empty()))).containsExactly("members:required");
    assertThat(errors(DefineRegionCommand.read("R", null))).containsExactly("members:required");
    DefineRegionCommand twoCentral = right(DefineRegionCommand.read("R", List.of(
        new DefineRegionCommand.MemberInput("0828", "Oss", true), new DefineRegionCommand.MemberInput("0828", "B", true))));
    assertThat(errors(twoCentral.validated())).containsExactly("members:one_central", "members:duplicate_code");
  }

  @Test
  void inhabitants_read_then_never_negative() {
    assertThat(errors(RecordInhabitantsCommand.read("x", null, null)))
        .containsExactly("municipality:municipality_code_format", "referenceDate:required", "inhabitants:required");
    RecordInhabitantsCommand negative = right(RecordInhabitantsCommand.read("0828", LocalDate.of(2026, 1, 1), -1L));
    assertThat(errors(negative.validated())).containsExactly("inhabitants:negative");
    // beyond any municipality, and a sum of them would leave a long: an input error, not an overflow
    RecordInhabitantsCommand huge = right(RecordInhabitantsCommand.read("0828", LocalDate.of(2026, 1, 1),
        nl.wmokader.core.region.domain.InhabitantCount.MAX_INHABITANTS + 1));
    assertThat(errors(huge.validated())).containsExactly("inhabitants:out_of_range");
    assertThat(right(RecordInhabitantsCommand.read("0828", LocalDate.of(2026, 1, 1),
        nl.wmokader.core.region.domain.InhabitantCount.MAX_INHABITANTS).flatMap(RecordInhabitantsCommand::validated))
        .inhabitants()).isEqualTo(1_000_000_000L);
  }

  @Test
  void a_vote_count_names_a_malformed_voter_then_what_is_missing() {
    assertThat(errors(CountVotesCommand.read("S", LocalDate.of(2026, 1, 1),
        List.of(new CountVotesCommand.RawBallot("12", BallotChoice.AGAINST))))).containsExactly("ballots[0].voter:municipality_code_format");
    CountVotesCommand missing = right(CountVotesCommand.read("x".repeat(201), null,
        List.of(new CountVotesCommand.RawBallot(null, null))));
    assertThat(errors(missing.decision()))
        .containsExactly("subject:too_long", "referenceDate:required", "ballots[0].voter:required", "ballots[0].choice:required");
    assertThat(right(right(CountVotesCommand.read(" Besluit ", LocalDate.of(2026, 1, 1),
        List.of(new CountVotesCommand.RawBallot("0828", BallotChoice.IN_FAVOUR)))).decision()).subject()).isEqualTo("Besluit");
  }
}
