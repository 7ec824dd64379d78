package nl.wmokader.core.indication.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.UUID;
import nl.wmokader.core.indication.AssignmentGen;
import nl.wmokader.core.indication.AssignmentRequestGen;
import nl.wmokader.core.testing.Results;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;
import org.quicktheories.generators.Generate;

/** The rules of one request: answered once, not before it arrived, keeping what was asked. */
class AssignmentRequestPropertiesTest implements WithQuickTheories {

  private static final AssignmentId OUTCOME = new AssignmentId(new UUID(1, 2));

  @Test
  void an_open_request_is_granted_or_refused_keeping_everything_asked() {
    qt().forAll(AssignmentRequestGen.open(), integers().between(0, 60), Generate.enumValues(RequestRefusalReason.class))
        .checkAssert((open, days, reason) -> {
          LocalDate on = open.receivedOn().plusDays(days);
          AssignmentRequest granted = Results.right(open.grant(OUTCOME, on));
          assertThat(granted.status()).isEqualTo(AssignmentRequestStatus.GRANTED);
          assertThat(granted.outcome()).containsExactly(OUTCOME);
          assertThat(granted.answeredOn()).containsExactly(on);
          assertThat(granted.refusal().isEmpty()).isTrue();
          AssignmentRequest refused = Results.right(open.refuse(reason, on));
          assertThat(refused.status()).isEqualTo(AssignmentRequestStatus.REFUSED);
          assertThat(refused.refusal()).containsExactly(reason);
          assertThat(refused.outcome().isEmpty()).isTrue();
          for (AssignmentRequest answered : java.util.List.of(granted, refused)) {
            assertThat(asked(answered)).isEqualTo(asked(open));
          }
        });
  }

  @Test
  void an_answered_request_takes_no_second_answer() {
    qt().forAll(AssignmentRequestGen.any(), integers().between(0, 60), Generate.enumValues(RequestRefusalReason.class))
        .assuming((r, days, reason) -> r.status().isAnswered())
        .checkAssert((answered, days, reason) -> {
          LocalDate on = answered.receivedOn().plusDays(days);
          Results.left(answered.grant(OUTCOME, on), AssignmentRequestError.AlreadyAnswered.class);
          Results.left(answered.refuse(reason, on), AssignmentRequestError.AlreadyAnswered.class);
        });
  }

  @Test
  void no_answer_lies_before_the_day_received() {
    qt().forAll(AssignmentRequestGen.open(), integers().between(1, 400), Generate.enumValues(RequestRefusalReason.class))
        .checkAssert((open, days, reason) -> {
          LocalDate before = open.receivedOn().minusDays(days);
          Results.left(open.grant(OUTCOME, before), AssignmentRequestError.AnsweredBeforeReceived.class);
          Results.left(open.refuse(reason, before), AssignmentRequestError.AnsweredBeforeReceived.class);
        });
  }

  @Test
  void a_change_request_changes_the_volume_or_the_end_never_both_nor_neither() {
    qt().forAll(AssignmentRequestGen.changes(), AssignmentGen.volumes())
        .checkAssert((change, volume) -> {
          assertThatThrownBy(() -> AssignmentRequest.copyOf(change).withVolume(Option.some(volume))
              .withEnd(Option.some(change.start())))
              .isInstanceOf(IllegalStateException.class);
          assertThatThrownBy(() -> {
            AssignmentRequest neither = change.volume().isDefined()
                ? AssignmentRequest.copyOf(change).withVolume(Option.none())
                : AssignmentRequest.copyOf(change).withEnd(Option.none());
          })
              .isInstanceOf(IllegalStateException.class);
        });
  }

  @Test
  void the_refusal_reasons_are_the_standards_codes_one_to_nine() {
    assertThat(io.vavr.collection.List.of(RequestRefusalReason.values()).map(RequestRefusalReason::code))
        .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9");
    for (RequestRefusalReason r : RequestRefusalReason.values()) {
      assertThat(RequestRefusalReason.ofCode(r.code())).containsExactly(r);
    }
    assertThat(RequestRefusalReason.ofCode("0").isEmpty()).isTrue();
    assertThat(RequestRefusalReason.ofCode("10").isEmpty()).isTrue();
  }

  @Test
  void a_provider_reference_is_one_to_thirty_six_characters_not_blank() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 50)).checkAssert(raw -> {
      boolean ok = !raw.isBlank() && raw.length() <= 36 && raw.chars().noneMatch(Character::isISOControl);
      assertThat(ProviderReference.validate("reference", raw).isValid()).isEqualTo(ok);
    });
  }

  /** What the provider asked, apart from the answer. */
  private static java.util.List<Object> asked(AssignmentRequest r) {
    return java.util.List.of(r.id(), r.kind(), r.provider(), r.municipality(), r.client(), r.reference(), r.receivedOn(),
        r.category(), r.product(), r.volume(), r.start(), r.end(), r.assignment(), r.version());
  }
}
