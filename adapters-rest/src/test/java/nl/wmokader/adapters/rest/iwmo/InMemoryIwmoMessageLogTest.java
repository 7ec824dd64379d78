package nl.wmokader.adapters.rest.iwmo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;

/** The in-memory message log: answers back as kept, the first kept wins, the oldest forgotten past the limit. */
class InMemoryIwmoMessageLogTest implements WithQuickTheories {

  @Test
  void an_answer_comes_back_as_kept_and_the_first_one_kept_wins() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 2000), strings().basicLatinAlphabet().ofLengthBetween(1, 12))
        .checkAssert((answer, identification) -> {
          InMemoryIwmoMessageLog log = new InMemoryIwmoMessageLog();
          IwmoMessageLog.Logged first = new IwmoMessageLog.Logged(new byte[] {1}, answer.getBytes(StandardCharsets.UTF_8));
          log.keep("484", "98000001", identification, first);
          IwmoMessageLog.Logged second = log.keep("484", "98000001", identification,
              new IwmoMessageLog.Logged(new byte[] {2}, new byte[] {'x'}));
          assertThat(second.answer()).isEqualTo(first.answer());
          assertThat(log.find("484", "98000001", identification).get().digest()).containsExactly(1);
          assertThat(log.find("484", "98000001", identification).get().answer()).isEqualTo(first.answer());
          assertThat(log.find("484", "98000002", identification).isEmpty()).isTrue();
          assertThat(log.find("485", "98000001", identification).isEmpty()).isTrue();
        });
  }

  @Test
  void past_its_limit_it_forgets_the_oldest_answers_first() {
    InMemoryIwmoMessageLog log = new InMemoryIwmoMessageLog(100);
    byte[] random = new byte[60];
    new java.util.Random(7).nextBytes(random);   // incompressible: each kept answer is over 60 bytes
    log.keep("484", "s", "1", new IwmoMessageLog.Logged(new byte[0], random));
    log.keep("484", "s", "2", new IwmoMessageLog.Logged(new byte[0], random));
    assertThat(log.find("484", "s", "1").isEmpty()).isTrue();
    assertThat(log.find("484", "s", "2").isDefined()).isTrue();
    assertThat(log.nextIdentification()).isNotEqualTo(log.nextIdentification());
  }

  @Test
  void answer_identifications_carry_the_processes_prefix_and_stay_within_twelve_characters() {
    String prefix = InMemoryIwmoMessageLog.prefixAt('f', java.time.Instant.parse("2026-12-08T01:00:00Z"));
    assertThat(prefix).matches("F[0-9A-Z]{6}");
    assertThat(InMemoryIwmoMessageLog.prefixAt('A', java.time.Instant.parse("2026-12-08T01:00:01Z"))).isNotEqualTo("A"
        + prefix.substring(1));
    InMemoryIwmoMessageLog log = new InMemoryIwmoMessageLog(1024, prefix);
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < 2_000; i++) {
      String id = log.nextIdentification();
      assertThat(id).startsWith(prefix).hasSizeLessThanOrEqualTo(12).matches("[0-9A-Z]+");
      assertThat(seen.add(id)).as(id).isTrue();
    }
    assertThat(new InMemoryIwmoMessageLog().nextIdentification()).isEqualTo("A1");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new InMemoryIwmoMessageLog(1024, "TOOLONG8"))
        .isInstanceOf(IllegalArgumentException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new InMemoryIwmoMessageLog(1024, "a"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
