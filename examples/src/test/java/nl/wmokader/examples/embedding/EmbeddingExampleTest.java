package nl.wmokader.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EmbeddingExampleTest {

  @Test
  void the_embedded_core_defines_a_region_and_answers_about_it() {
    assertThat(EmbeddingExample.run()).isEqualTo("Brabant Noordoost-Oost: 2 members, central Oss");
  }

  @Test
  void main_prints_one_line_without_personal_data() {
    PrintStream original = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      EmbeddingExample.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    String output = printed.toString(StandardCharsets.UTF_8);
    assertThat(output.lines()).containsExactly("Brabant Noordoost-Oost: 2 members, central Oss");
    assertThat(output).doesNotContainPattern("\\d{9}");
  }
}
