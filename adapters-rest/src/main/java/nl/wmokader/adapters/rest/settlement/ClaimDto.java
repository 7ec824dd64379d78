package nl.wmokader.adapters.rest.settlement;

import java.time.LocalDate;
import java.util.List;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.settlement.domain.AnsweredLine;
import nl.wmokader.core.settlement.domain.Claim;
import nl.wmokader.core.settlement.domain.RejectionCode;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * A claim with its answer (iWmo 325), as the API shows it: totals in cents, and per line whether
 * it was approved, its iWmo retourcodes ({@code 8001} when approved) and the rejections by their
 * stable names. Lines carry what was claimed except the client's BSN (the assignment names the
 * client), so that a provider can take a line back with a credit from the answer alone.
 */
public record ClaimDto(String id, String provider, String municipality, String month, String number,
                       LocalDate submittedOn, long submittedTotalCents, long approvedTotalCents, int lineCount,
                       int approvedLineCount, List<LineDto> lines) {

  public static ClaimDto from(Claim c) {
    return new ClaimDto(c.id().toString(), c.provider().value(), c.municipality().value(), c.month().toString(),
        c.number(), c.submittedOn(), c.submittedTotal().cents(), c.approvedTotal().cents(), c.lines().size(),
        c.lines().count(AnsweredLine::isApproved), c.lines().map(LineDto::from).toJavaList());
  }

  /**
   * One answered line. {@code chargedTo}: the member whose settlement an approved line counts in
   * (absent when the line's assignment is unknown).
   */
  public record LineDto(String reference, String previousReference, String assignment, String category,
                        String product, LocalDate periodStart, LocalDate periodEnd, long volume, String unit,
                        long tariffCents, String direction, long amountCents, boolean approved,
                        List<String> answerCodes, List<String> rejections, String chargedTo) {
    public static LineDto from(AnsweredLine l) {
      return new LineDto(l.line().reference(), l.line().previousReference().getOrNull(),
          l.line().assignment().toString(), l.line().category().code(),
          l.line().product().map(ProductCode::value).getOrNull(), l.line().periodStart(), l.line().periodEnd(),
          l.line().volume(), l.line().unit().code(), l.line().tariff().cents(),
          l.line().direction().name(), l.line().amount().cents(), l.isApproved(),
          l.answerCodes().toJavaList(), l.rejections().toList().map(RejectionCode::name).toJavaList(),
          l.chargedTo().map(MunicipalityCode::value).getOrNull());
    }
  }
}
