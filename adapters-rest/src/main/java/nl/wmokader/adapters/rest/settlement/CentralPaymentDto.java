package nl.wmokader.adapters.rest.settlement;

import java.util.List;
import nl.wmokader.core.settlement.domain.CentralPayment;
import nl.wmokader.core.settlement.domain.MemberCharge;
import nl.wmokader.core.settlement.domain.ProviderPayment;

/**
 * One settlement month settled centrally: what the central municipality pays each provider (approved
 * net minus recoveries) and charges each member; both sides add up to the same total.
 */
public record CentralPaymentDto(String month, List<PaymentDto> payments, List<ChargeDto> charges,
                                long totalPaidCents, long totalChargedCents) {

  public static CentralPaymentDto from(CentralPayment c) {
    return new CentralPaymentDto(c.month().toString(), c.payments().map(PaymentDto::from).toJavaList(),
        c.charges().map(ChargeDto::from).toJavaList(), c.totalPaid().cents(), c.totalCharged().cents());
  }

  /** To one provider: {@code payableCents} = approved − recovered (negative: the provider owes). */
  public record PaymentDto(String provider, long approvedCents, long recoveredCents, long payableCents) {
    public static PaymentDto from(ProviderPayment p) {
      return new PaymentDto(p.provider().value(), p.approved().cents(), p.recovered().cents(), p.payable().cents());
    }
  }

  /** To one member: the sums of its settlement (details at {@code /settlements/{municipalityCode}/{month}}). */
  public record ChargeDto(String municipality, long debitsCents, long creditsCents, long recoveredCents,
                          long totalCents) {
    public static ChargeDto from(MemberCharge s) {
      return new ChargeDto(s.member().value(), s.debits().cents(), s.credits().cents(), s.recovered().cents(),
          s.total().cents());
    }
  }
}
