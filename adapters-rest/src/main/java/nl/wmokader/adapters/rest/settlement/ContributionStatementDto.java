package nl.wmokader.adapters.rest.settlement;

import java.util.List;
import nl.wmokader.core.settlement.domain.ContributionCharge;
import nl.wmokader.core.settlement.domain.ContributionStatement;

/** The personal contribution of the households asked for: one charge per household and charged month. */
public record ContributionStatementDto(String from, String until, long totalCents, List<ChargeDto> charges) {

  public static ContributionStatementDto from(ContributionStatement statement) {
    return new ContributionStatementDto(statement.from().toString(), statement.until().toString(),
        statement.total().cents(), statement.charges().map(ChargeDto::from).toJavaList());
  }

  /** What one household owes for one month, and under which scheme. */
  public record ChargeDto(String household, String month, long amountCents, String scheme) {
    static ChargeDto from(ContributionCharge charge) {
      return new ChargeDto(charge.household().toString(), charge.month().toString(), charge.amount().cents(),
          charge.scheme());
    }
  }
}
