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
}
