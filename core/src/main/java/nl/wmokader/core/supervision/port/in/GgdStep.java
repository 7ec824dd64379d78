package nl.wmokader.core.supervision.port.in;

/** The GGD's steps on a calamity as the region records them. */
public enum GgdStep {
  /** The GGD started its investigation. */
  START,
  /** The GGD concluded: the text is its conclusion. */
  CONCLUDE,
  /** The region followed the conclusion up: the text says how. */
  FOLLOW_UP
}
