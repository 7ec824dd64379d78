package nl.wmokader.core.settlement.domain;

import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * Why a claim line was rejected: the iWmo 3.2 retourcodes of DOMAIN §8. A line answered without
 * any of them is approved, which iWmo answers with {@link #APPROVED_CODE}.
 */
public enum RejectionCode {
  /** The line does not link to an assignment of this provider for the addressed municipality. */
  UNKNOWN_ASSIGNMENT("9338"),
  /** The line's client is not the assignment's client. */
  CLIENT_MISMATCH("8187"),
  CATEGORY_MISMATCH("9339"),
  /** The product differs from the assignment's, or is not claimable per client (task-based). */
  PRODUCT_MISMATCH("9340"),
  UNIT_MISMATCH("9341"),
  PERIOD_START_OUTSIDE_ASSIGNMENT("9307"),
  PERIOD_END_OUTSIDE_ASSIGNMENT("9308"),
  /** The period does not start on the 1st though the assignment does not start in that month. */
  PERIOD_START_NOT_FIRST_OF_MONTH("9387"),
  /** The period does not end on the last day though the assignment does not end in that month. */
  PERIOD_END_NOT_LAST_OF_MONTH("9388"),
  /** The period lies after the claim's month. */
  PERIOD_AFTER_CLAIM_MONTH("9319"),
  /** The line's own volume exceeds what was assigned for its period. */
  LINE_VOLUME_EXCEEDED("9321"),
  /** With the earlier approved lines, the volume of the month or of the whole assignment is exceeded. */
  TOTAL_VOLUME_EXCEEDED("9322"),
  /** With the earlier approved lines, the assigned budget (volume in euros) is exceeded. */
  BUDGET_EXCEEDED("9369"),
  /** The tariff is not the contract's tariff on the period's first day. */
  TARIFF_MISMATCH("0611"),
  /** The amount is not volume × tariff (minutes on an hourly tariff: tariff × minutes / 60, half up). */
  AMOUNT_MISMATCH("9346"),
  /** The reference number was submitted before (or twice in this claim). */
  DUPLICATE_REFERENCE("8021"),
  /** An approved, uncredited debit covers the same product and assignment in an overlapping period (or the claim moments allow no more). */
  ALREADY_CLAIMED("9389"),
  /** A credit that names no approved debit of this provider and assignment, or does not mirror it. */
  CREDIT_WITHOUT_DEBIT("8017"),
  /** The debit was credited already. */
  ALREADY_CREDITED("9390");

  /** iWmo's answer to a line approved in full. */
  public static final String APPROVED_CODE = "8001";

  private final String code;

  RejectionCode(String code) {
    this.code = code;
  }

  /** The four-character iWmo retourcode. */
  public String code() {
    return code;
  }

  public static Option<RejectionCode> ofCode(String code) {
    return List.of(values()).find(c -> c.code.equals(code));
  }
}
