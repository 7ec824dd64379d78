package nl.wmokader.core.settlement.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.time.YearMonth;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * A provider's claim (declaratie, iWmo 323) for one calendar month, addressed to one member
 * municipality, with the answer (iWmo 325) on every line. A claim is answered once, when it is
 * submitted, and never changes afterwards: a correction is a credit in a later claim.
 *
 * @param number DeclaratieNummer: unique per provider; submitting the same number again returns this claim
 * @param lines in the order submitted
 */
public record Claim(ClaimId id, AgbCode provider, MunicipalityCode municipality, YearMonth month, String number,
                    LocalDate submittedOn, Seq<AnsweredLine> lines) {

  public Claim {
    requireNonNull(id, "id");
    requireNonNull(provider, "provider");
    requireNonNull(municipality, "municipality");
    requireNonNull(month, "month");
    requireNonNull(number, "number");
    requireNonNull(submittedOn, "submittedOn");
    requireNonNull(lines, "lines");
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("a claim has lines");
    }
  }

  /** What the provider asked: debits minus credits. */
  public Money submittedTotal() {
    return lines.foldLeft(Money.ZERO, (sum, l) -> sum.plus(l.line().signedAmount()));
  }

  /** What was approved: approved debits minus approved credits. */
  public Money approvedTotal() {
    return lines.filter(AnsweredLine::isApproved).foldLeft(Money.ZERO, (sum, l) -> sum.plus(l.line().signedAmount()));
  }

  public Seq<AnsweredLine> rejectedLines() {
    return lines.reject(AnsweredLine::isApproved);
  }

  public ClaimSummary summary() {
    return new ClaimSummary(id, provider, municipality, month, number, submittedOn, lines.size(),
        lines.count(AnsweredLine::isApproved), submittedTotal(), approvedTotal());
  }
}
