package nl.wmokader.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The README shows the embedding examples' code as it is: each tagged region, indentation aside. */
class ReadmeSnippetsTest {

  @ParameterizedTest
  @ValueSource(strings = {"EmbeddingExample.java:embedding", "JdbcEmbeddingExample.java:jdbc"})
  void the_readme_quotes_the_tagged_code(String fileAndTag) throws IOException {
    String[] parts = fileAndTag.split(":");
    Path source = Path.of("src/main/java/nl/wmokader/examples/embedding", parts[0]);
    List<String> tagged = tagged(Files.readAllLines(source, StandardCharsets.UTF_8), parts[1]);
    assertThat(tagged).isNotEmpty();
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    assertThat(readme).contains(String.join("\n", tagged));
  }

  /** The lines between {@code tag::name[]} and {@code end::name[]}, without their common indentation. */
  private static List<String> tagged(List<String> lines, String tag) {
    List<String> inside = new ArrayList<>();
    boolean in = false;
    for (String line : lines) {
      if (line.contains("end::" + tag + "[]")) {
        break;
      }
      if (in) {
        inside.add(line);
      }
      if (line.contains("tag::" + tag + "[]")) {
        in = true;
      }
    }
    int indent = inside.stream().filter(l -> !l.isBlank())
        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    return inside.stream().map(l -> l.length() >= indent ? l.substring(indent) : l.strip()).toList();
  }
}
