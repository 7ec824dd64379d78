package nl.wmokader.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Answers written once per instance: the very answer again is sent as written, an equal one is written afresh. */
class WrittenAnswersTest {
  /** An answer about {@code key}; records compare by value, as the core's answers do. */
  private record Answer(String key, long cents) {}

  private final AtomicInteger writes = new AtomicInteger();
  private final WrittenAnswers<Answer> answers = new WrittenAnswers<>(Answer::key, (a, out) -> {
    writes.incrementAndGet();
    out.writeStartObject();
    out.writeStringField("key", a.key());
    out.writeNumberField("cents", a.cents());
    out.writeEndObject();
  });

  private static String text(byte[] json) {
    return new String(json, StandardCharsets.UTF_8);
  }

  @Test
  void the_same_instance_again_is_sent_as_written() {
    Answer kept = new Answer("1721/2026-01", 6_540);
    byte[] first = answers.json(kept);
    assertThat(text(first)).isEqualTo("{\"key\":\"1721/2026-01\",\"cents\":6540}");
    assertThat(answers.json(kept)).isSameAs(first);
    assertThat(writes).hasValue(1);
  }

  @Test
  void an_answer_computed_afresh_is_written_afresh_however_equal() {
    byte[] first = answers.json(new Answer("1721/2026-01", 6_540));
    byte[] again = answers.json(new Answer("1721/2026-01", 6_540));
    assertThat(again).isNotSameAs(first).isEqualTo(first);
    assertThat(text(answers.json(new Answer("1721/2026-01", 13_080)))).contains("13080");
    assertThat(writes).hasValue(3);
  }

  @Test
  void answers_about_different_things_are_held_apart_and_the_number_held_is_bounded() {
    Answer january = new Answer("1721/2026-01", 1);
    Answer february = new Answer("1721/2026-02", 2);
    byte[] jan = answers.json(january);
    byte[] feb = answers.json(february);
    assertThat(answers.json(january)).isSameAs(jan);
    assertThat(answers.json(february)).isSameAs(feb);
    assertThat(writes).hasValue(2);

    for (int i = 0; i < WrittenAnswers.CAPACITY; i++) {
      answers.json(new Answer("month " + i, i));
    }
    assertThat(text(answers.json(january))).as("written again once pushed out").isEqualTo(text(jan));
    assertThat(writes).hasValue(2 + WrittenAnswers.CAPACITY + 1);
  }
}
