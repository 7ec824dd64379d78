package nl.wmokader.examples.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
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
 * @param deliveriesStarted assignments whose provider reported the start of delivery
 * @param deliveriesEnded of which the provider reported the end too (at the assignment's last day)
 * @param overdue overdue intake steps on the demo day (assessments, decisions, objection decisions)
 * @param obligations what the providers accounted for under their contracts' obligations
 * @param settlement the claims, recoveries and budgets
 * @param supervision the signals, calamities, investigations and the proactive selection
 */
public record DemoSummary(LocalDate demoDay, int members, int products, int providers, int contracts, int applications,
    int suspended, int clients,
    Map<IndicationStatus, Integer> casesByStatus, int objections, int assignments, int deliveriesStarted,
    int deliveriesEnded, long overdue, Obligations obligations, Settlement settlement, Supervision supervision, Survey survey) {

  /** The client experience survey: invitations after decisions, and how many answered. */
  public record Survey(int invited, int answered) {
    String describe() {
      return invited + " survey invitations (" + answered + " answered)";
    }
  }

  /**
   * Supervision's facts.
   *
   * @param signals signals recorded
   * @param dismissedSignals of which dismissed with a reason (the others are linked to an investigation)
   * @param calamities calamities and violence incidents reported to the GGD
   * @param lateCalamities of which reported after the 2 working days
   * @param investigations investigations opened
   * @param recoveries recoveries registered by an investigation's outcome, in the demo day's month
   * @param overdueImprovementPoints improvement points overdue on the demo day
   * @param selected the proactive selection as of the demo day, AGB codes in selection order
   */
  public record Supervision(int signals, int dismissedSignals, int calamities, int lateCalamities,
      int investigations, int recoveries, int overdueImprovementPoints, List<String> selected) {
    public Supervision {
      selected = List.copyOf(selected);
    }

    /** These facts with the proactive selection. */
    public Supervision withSelected(List<String> providers) {
      return new Supervision(signals, dismissedSignals, calamities, lateCalamities, investigations, recoveries,
          overdueImprovementPoints, providers);
    }

    String describe() {
      return signals + " signals (" + dismissedSignals + " dismissed), " + calamities + " calamities ("
          + lateCalamities + " late), " + investigations + " investigations (" + recoveries + " recoveries, "
          + overdueImprovementPoints + " overdue improvement points), proactive selection of " + selected.size()
          + " (" + String.join(" ", selected) + ")";
    }
  }

  /**
   * The settlement's facts.
   *
   * @param firstMonth the first claim month
   * @param lastMonth the last claim month, the one before the demo day's
   * @param claims claims submitted (one per provider, member and month, and a few for mistakes)
   * @param lines lines over all claims
   * @param rejectedLines lines answered with a retourcode
   * @param recoveries recoveries registered in the demo day's month
   * @param budgets budgets set for the demo day's year
   */
  public record Settlement(YearMonth firstMonth, YearMonth lastMonth, int claims, int lines, int rejectedLines,
      int recoveries, int budgets) {
    String describe() {
      return claims + " claims for " + firstMonth + " to " + lastMonth + " with " + lines + " lines (" + rejectedLines
          + " rejected), " + recoveries + " recoveries, " + budgets + " budgets";
    }
  }

  /**
   * The obligations' facts.
   *
   * @param years the years accounted for, in order
   * @param refusals refusals recorded, over all those years
   * @param spendingReports transformation and social-return reports, over all those years
   * @param qualityDeclarations quality declarations, over all those years
   * @param dormantContracts contracts dormant on the demo day
   */
  public record Obligations(List<Integer> years, int refusals, int spendingReports, int qualityDeclarations,
      long dormantContracts) {
    public Obligations {
      years = List.copyOf(years);
    }

    String describe() {
      String span = years.isEmpty() ? "no year"
          : years.size() == 1 ? String.valueOf(years.get(0)) : years.get(0) + "-" + years.get(years.size() - 1);
      return refusals + " refusals, " + spendingReports + " spending reports and " + qualityDeclarations
          + " quality declarations for " + span + ", " + dormantContracts + " dormant contracts";
    }
  }

  public DemoSummary {
    casesByStatus = Map.copyOf(casesByStatus);
    java.util.Objects.requireNonNull(obligations, "obligations");
    java.util.Objects.requireNonNull(settlement, "settlement");
    java.util.Objects.requireNonNull(supervision, "supervision");
    java.util.Objects.requireNonNull(survey, "survey");
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
        + (deliveriesStarted - deliveriesEnded) + " delivering, " + deliveriesEnded + " ended), " + obligations.describe() + ", "
        + settlement.describe() + ", " + supervision.describe() + ", " + survey.describe() + ", as of " + demoDay;
  }
}
