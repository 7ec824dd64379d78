import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Checks PIT's results per package against the thresholds of issue 15 (at least 92% of mutants
 * killed in a {@code domain} package, 85% in an {@code application} package, test strength at least
 * 95% everywhere) and against the floors of {@code thresholds.txt} beside this file: a package may
 * stay below the issue's target only where a floor names it, and never below its floor. Prints a
 * table per package, writes it as Markdown, and exits 1 when a package falls below what it must
 * reach.
 *
 * <p>Run with the JDK's source launcher: {@code java core/src/pit/MutationThresholds.java
 * core/target/pit core/src/pit/thresholds.txt core/target/pit/summary.md}.
 */
public final class MutationThresholds {
  private static final int DOMAIN_TARGET = 92;
  private static final int APPLICATION_TARGET = 85;
  private static final int STRENGTH_TARGET = 95;

  private record Floor(int killed, int strength) {}

  private static final class Score {
    int mutants;
    int detected;
    int noCoverage;

    int killedPercent() {
      return mutants == 0 ? 100 : (int) Math.floor(100.0 * detected / mutants);
    }

    int strengthPercent() {
      int covered = mutants - noCoverage;
      return covered == 0 ? 100 : (int) Math.floor(100.0 * detected / covered);
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: MutationThresholds REPORTS_DIR THRESHOLDS_FILE SUMMARY_FILE");
      System.exit(2);
    }
    Map<String, Score> scores = new TreeMap<>();
    List<Path> reports;
    try (Stream<Path> files = Files.walk(Path.of(args[0]))) {
      reports = files.filter(p -> p.getFileName().toString().equals("mutations.xml")).sorted().toList();
    }
    if (reports.isEmpty()) {
      System.err.println("mutation: no mutations.xml under " + args[0]);
      System.exit(1);
    }
    for (Path report : reports) {
      read(report, scores);
    }
    Map<String, Floor> floors = floors(Path.of(args[1]));
    List<String> failures = new ArrayList<>();
    StringBuilder table = new StringBuilder()
        .append("| package | mutants | killed | no coverage | killed % | strength % | target | floor | meets target |\n")
        .append("| --- | ---: | ---: | ---: | ---: | ---: | --- | --- | --- |\n");
    for (Map.Entry<String, Score> e : scores.entrySet()) {
      String pkg = e.getKey();
      Score s = e.getValue();
      int target = pkg.endsWith(".domain") ? DOMAIN_TARGET : APPLICATION_TARGET;
      Floor floor = floors.getOrDefault(pkg, new Floor(target, STRENGTH_TARGET));
      boolean meetsTarget = s.killedPercent() >= target && s.strengthPercent() >= STRENGTH_TARGET;
      if (s.killedPercent() < floor.killed() || s.strengthPercent() < floor.strength()) {
        failures.add(pkg + ": killed " + s.killedPercent() + "% (must be " + floor.killed() + "%), strength "
            + s.strengthPercent() + "% (must be " + floor.strength() + "%)");
      }
      table.append("| ").append(pkg.replace("nl.wmokader.core.", "")).append(" | ").append(s.mutants)
          .append(" | ").append(s.detected).append(" | ").append(s.noCoverage).append(" | ")
          .append(s.killedPercent()).append(" | ").append(s.strengthPercent()).append(" | ")
          .append(target).append(" / ").append(STRENGTH_TARGET).append(" | ")
          .append(floors.containsKey(pkg) ? floor.killed() + " / " + floor.strength() : "target").append(" | ")
          .append(meetsTarget ? "yes" : "no").append(" |\n");
    }
    for (String pkg : floors.keySet()) {
      if (!scores.containsKey(pkg)) {
        failures.add(pkg + ": has a floor but no mutants were reported (renamed? remove its floor)");
      }
    }
    System.out.println("mutation scores per package (PIT):");
    System.out.print(table);
    Files.writeString(Path.of(args[2]), "# Mutation scores per package\n\n" + table);
    if (!failures.isEmpty()) {
      System.err.println("mutation: packages below their threshold:");
      failures.forEach(f -> System.err.println("  " + f));
      System.exit(1);
    }
  }

  /** Adds each mutation of {@code report} to its class's package. */
  private static void read(Path report, Map<String, Score> scores) throws IOException, XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    try (InputStream in = Files.newInputStream(report)) {
      XMLStreamReader xml = factory.createXMLStreamReader(in);
      String status = null;
      boolean detected = false;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        if (xml.getLocalName().equals("mutation")) {
          status = xml.getAttributeValue(null, "status");
          detected = Boolean.parseBoolean(xml.getAttributeValue(null, "detected"));
        } else if (xml.getLocalName().equals("mutatedClass") && status != null) {
          String type = xml.getElementText().strip();
          String pkg = type.substring(0, type.lastIndexOf('.'));
          if ("NON_VIABLE".equals(status)) {
            continue;   // did not load: not a mutant a test could catch
          }
          Score s = scores.computeIfAbsent(pkg, k -> new Score());
          s.mutants++;
          if (detected) {
            s.detected++;
          }
          if ("NO_COVERAGE".equals(status)) {
            s.noCoverage++;
          }
          status = null;
        }
      }
    }
  }

  /** {@code package killed% strength%} per line; {@code #} starts a comment. */
  private static Map<String, Floor> floors(Path file) throws IOException {
    Map<String, Floor> floors = new TreeMap<>();
    for (String line : Files.readAllLines(file)) {
      String text = line.contains("#") ? line.substring(0, line.indexOf('#')).strip() : line.strip();
      if (text.isEmpty()) {
        continue;
      }
      String[] parts = text.split("\\s+");
      floors.put("nl.wmokader.core." + parts[0], new Floor(Integer.parseInt(parts[1]), Integer.parseInt(parts[2])));
    }
    return floors;
  }
}
