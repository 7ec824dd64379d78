package nl.wmokader.examples.demo;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import nl.wmokader.core.indication.domain.IndicationStatus;

/**
 * What the seeder wrote, counted from the answers of the use cases.
 *
 * @param demoDay the day the demo data was planned on: no step lies after it
 * @param contracts every contract, applications included
 * @param applications contracts still in status APPLIED
 * @param suspended contracts suspended
 * @param casesByStatus cases per intake status, every status present (possibly 0)
 * @param overdue overdue intake steps on the demo day (assessments, decisions, objection decisions)
 */
public record DemoSummary(LocalDate demoDay, int members, int products, int providers, int contracts, int applications,
    int suspended, int clients,
    Map<IndicationStatus, Integer> casesByStatus, int objections, int assignments, int deliveriesStarted,
    long overdue) {

  public DemoSummary {
    casesByStatus = Map.copyOf(casesByStatus);
  }

  public int cases() {
    return casesByStatus.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** One line, for the log: counts only, never personal data. */
  public String describe() {
    String statuses = java.util.Arrays.stream(IndicationStatus.values())
        .map(s -> casesByStatus.getOrDefault(s, 0) + " " + s.name().toLowerCase(java.util.Locale.ROOT))
        .collect(Collectors.joining(", "));
    return members + " members, " + products + " products, " + providers + " providers with " + contracts
        + " contracts (" + applications + " applications, " + suspended + " suspended), " + clients
        + " clients with " + cases() + " cases (" + statuses + "; " + overdue
        + " overdue steps, " + objections + " objections), " + assignments + " assignments ("
        + deliveriesStarted + " delivering), as of " + demoDay;
  }
}
