package nl.wmokader.core.architecture;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/verification.md traces every rule of the domain brief to the tests that prove it. Every test
 * its table names must exist in the test sources of some module and, where a method is named, be
 * declared there as a test; every row names a test or says it is not proven; the table has rows.
 * The sources are read as text: the other modules' tests are not on the core's class path.
 */
class VerificationTableTest {

  private static final Path DOCUMENT = Path.of("../docs/verification.md");
  private static final List<Path> TEST_SOURCES = Stream.of("core", "adapters-jdbc", "adapters-rest", "examples")
      .map(module -> Path.of("..", module, "src", "test", "java")).toList();
  private static final String SECTION = "## 2. Rules and the tests that prove them";
  private static final Set<String> KINDS = Set.of("property", "model", "example", "contract", "architecture", "adversarial");

  private static final Pattern QUOTED = Pattern.compile("`([^`]*)`");
  private static final Pattern NAME = Pattern.compile("([A-Z][A-Za-z0-9_]*)(?:#([A-Za-z_][A-Za-z0-9_]*))?");
  private static final Pattern TEST_ANNOTATION =
      Pattern.compile("@(?:Test|ParameterizedTest|RepeatedTest|TestFactory|TestTemplate|ArchTest)\\b");
  private static final Pattern DECLARATION = Pattern.compile("\\b(?:void|ArchRule)\\s+([A-Za-z_][A-Za-z0-9_]*)\\s*[(=]");

  @Test
  void every_test_the_table_names_exists_and_declares_the_named_method() throws IOException {
    List<String> problems = problems(Files.readString(DOCUMENT, UTF_8), TestSources.scan(TEST_SOURCES));
    assertThat(problems).as("problems in %s", DOCUMENT).isEmpty();
  }

  @Test
  void a_name_that_does_not_exist_and_a_row_without_proof_are_all_reported_at_once() {
    TestSources sources = TestSources.scan(TEST_SOURCES);
    String document = SECTION + "\n\n"
        + "| id | § | rule | proven by | kind |\n"
        + "| --- | --- | --- | --- | --- |\n"
        + "| R1 | §8 | real | `ClaimValidatorTest#another_client_is_8187`, `ClaimValidatorTest`, `ContractRepositoryContract` | example |\n"
        + "| R2 | §8 | bogus | `NoSuchRuleTest#anything`, `ClaimValidatorTest#no_such_method`, `ClaimGen` | example |\n"
        + "| R3 | §8 | nothing | a sentence naming no test | example |\n"
        + "| R4 | §8 | honest | **not proven**: not built | — |\n"
        + "| R5 | §8 | odd | `ClaimValidatorTest another_client_is_8187` | magic |\n"
        + "| R5 | §8 | short | `ClaimValidatorTest` |\n";
    assertThat(problems(document, sources)).containsExactly(
        "R2: NoSuchRuleTest#anything: no test class NoSuchRuleTest in any module's test sources",
        "R2: ClaimValidatorTest#no_such_method: ClaimValidatorTest declares no test no_such_method",
        "R2: ClaimGen: declares no test",
        "R3: names no test and does not say \"not proven\"",
        "R5: `ClaimValidatorTest another_client_is_8187` is not a test name (TestClass or TestClass#method)",
        "R5: names no test and does not say \"not proven\"",
        "R5: kind \"magic\" is not one of " + new TreeSet<>(KINDS),
        "R5: the id is used twice",
        "R5: 4 cells, not 5");
  }

  @Test
  void a_table_without_rows_or_a_page_without_the_section_is_refused() {
    TestSources sources = TestSources.scan(TEST_SOURCES);
    String header = "| id | § | rule | proven by | kind |\n| --- | --- | --- | --- | --- |\n";
    assertThat(problems(SECTION + "\n\n" + header + "\n## 3. Next\n| R1 | §8 | a | `ClaimValidatorTest` | example |\n", sources))
        .containsExactly("the table has no rows");
    assertThat(problems("# Verification\n", sources)).containsExactly("no section \"" + SECTION + "\"");
  }

  /** Every problem of the document's traceability table, in the order of its rows. */
  static List<String> problems(String document, TestSources sources) {
    int start = document.indexOf(SECTION + "\n");
    if (start < 0) {
      return List.of("no section \"" + SECTION + "\"");
    }
    int end = document.indexOf("\n## ", start + SECTION.length());
    String section = document.substring(start + SECTION.length(), end < 0 ? document.length() : end);
    List<String> problems = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    int rows = 0;
    for (String line : section.split("\n")) {
      if (!line.startsWith("|") || line.startsWith("| id ") || line.startsWith("| ---")) {
        continue;
      }
      rows++;
      String[] cells = line.strip().replaceAll("^\\|", "").replaceAll("\\|$", "").split("\\|", -1);
      String id = cells[0].strip();
      if (!ids.add(id)) {
        problems.add(id + ": the id is used twice");
      }
      if (cells.length != 5) {
        problems.add(id + ": " + cells.length + " cells, not 5");
        continue;
      }
      List<String> names = new ArrayList<>();
      Matcher quoted = QUOTED.matcher(cells[3]);
      while (quoted.find()) {
        String name = quoted.group(1);
        Matcher parts = NAME.matcher(name);
        if (!parts.matches()) {
          problems.add(id + ": `" + name + "` is not a test name (TestClass or TestClass#method)");
          continue;
        }
        names.add(name);
        problems.addAll(sources.check(parts.group(1), parts.group(2)).stream().map(p -> id + ": " + name + ": " + p).toList());
      }
      if (names.isEmpty() && !cells[3].toLowerCase().contains("not proven")) {
        problems.add(id + ": names no test and does not say \"not proven\"");
      }
      String kinds = cells[4].strip();
      if (!names.isEmpty() || !kinds.equals("—")) {
        for (String kind : kinds.split(",\\s*")) {
          if (!KINDS.contains(kind)) {
            problems.add(id + ": kind \"" + kind + "\" is not one of " + new TreeSet<>(KINDS));
          }
        }
      }
    }
    if (rows == 0) {
      problems.add("the table has no rows");
    }
    return problems;
  }

  /** The test methods declared in each test source file, by the file's class name. */
  record TestSources(Map<String, List<Set<String>>> testsByClass) {

    static TestSources scan(List<Path> roots) {
      Map<String, List<Set<String>>> tests = new HashMap<>();
      for (Path root : roots) {
        assertThat(root).as("the test sources of a module").isDirectory();
        try (Stream<Path> files = Files.walk(root)) {
          files.filter(f -> f.toString().endsWith(".java")).forEach(file -> {
            String name = file.getFileName().toString().replaceAll("\\.java$", "");
            tests.computeIfAbsent(name, n -> new ArrayList<>()).add(declaredTests(read(file)));
          });
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return new TestSources(tests);
    }

    /** What is wrong with naming this class (and method): nothing, or one problem. */
    List<String> check(String testClass, String method) {
      List<Set<String>> files = testsByClass.get(testClass);
      if (files == null) {
        return List.of("no test class " + testClass + " in any module's test sources");
      }
      if (method == null) {
        return files.stream().anyMatch(tests -> !tests.isEmpty()) ? List.of() : List.of("declares no test");
      }
      return files.stream().anyMatch(tests -> tests.contains(method)) ? List.of()
          : List.of(testClass + " declares no test " + method);
    }

    /** The name declared first after each test annotation: the annotated method or ArchUnit rule. */
    private static Set<String> declaredTests(String source) {
      Set<String> names = new HashSet<>();
      Matcher annotation = TEST_ANNOTATION.matcher(source);
      Matcher declaration = DECLARATION.matcher(source);
      while (annotation.find()) {
        if (declaration.find(annotation.end())) {
          names.add(declaration.group(1));
        }
      }
      return names;
    }

    private static String read(Path file) {
      try {
        return Files.readString(file, UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
