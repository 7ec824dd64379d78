package nl.wmokader.core.supervision.domain;

/** What an investigation examines (policy framework §4.4: "controle op kwaliteit en rechtmatigheid"). */
public enum InvestigationScope {
  /** The quality of the support delivered, against the norms of the quality framework. */
  QUALITY,
  /** Lawfulness (rechtmatigheid): whether what was claimed or paid was delivered and due. */
  LAWFULNESS,
  /** Both quality and lawfulness. */
  BOTH
}
