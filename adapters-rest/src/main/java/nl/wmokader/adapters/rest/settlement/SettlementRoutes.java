package nl.wmokader.adapters.rest.settlement;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import nl.wmokader.adapters.rest.ApiRouter;
import nl.wmokader.adapters.rest.ApiRoutes;
import nl.wmokader.adapters.rest.InputResults;
import nl.wmokader.adapters.rest.Params;
import nl.wmokader.adapters.rest.WrittenAnswers;
import nl.wmokader.core.settlement.domain.CentralPayment;
import nl.wmokader.core.settlement.domain.MemberSettlement;
import nl.wmokader.core.settlement.port.in.GetCentralPaymentUseCase;
import nl.wmokader.core.settlement.port.in.GetMemberSettlementUseCase;
import nl.wmokader.core.settlement.port.in.RegisterRecoveryUseCase;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * Settling a claim month: {@code GET /settlements/{municipalityCode}/{month}} (what a member is
 * charged: the region, supervisors and the member's own staff), {@code GET /central-payments/{month}}
 * (what the central municipality pays each provider and charges each member: the region and
 * supervisors) and {@code POST /recoveries} (take back an amount paid unduly: the region and
 * supervisors; registering the same reference with the same content again answers the same
 * recovery). The two reads are answered by {@link SettlementJsonWriter}, as their DTOs read; a final month's
 * answer, which the core keeps, is written once ({@link WrittenAnswers}).
 */
public final class SettlementRoutes implements ApiRoutes {
  private final GetMemberSettlementUseCase memberSettlement;
  private final GetCentralPaymentUseCase centralPayment;
  private final RegisterRecoveryUseCase registerRecovery;
  private final WrittenAnswers<MemberSettlement> memberSettlements =
      new WrittenAnswers<>(s -> new MemberMonth(s.member(), s.month()), SettlementJsonWriter::memberSettlement);
  private final WrittenAnswers<CentralPayment> centralPayments =
      new WrittenAnswers<>(CentralPayment::month, SettlementJsonWriter::centralPayment);

  public SettlementRoutes(GetMemberSettlementUseCase memberSettlement, GetCentralPaymentUseCase centralPayment,
                          RegisterRecoveryUseCase registerRecovery) {
    this.memberSettlement = requireNonNull(memberSettlement, "memberSettlement");
    this.centralPayment = requireNonNull(centralPayment, "centralPayment");
    this.registerRecovery = requireNonNull(registerRecovery, "registerRecovery");
  }

  /** A member and a month from the path. */
  private record MemberMonth(MunicipalityCode member, YearMonth month) {}

  @Override
  public void register(ApiRouter router) {
    router.get("/settlements/{municipalityCode}/{month}", call -> {
      FieldChecks check = new FieldChecks();
      MunicipalityCode member = SettlementParams.municipalityCode(check, call);
      YearMonth month = check.month("month", Params.path(call, "month"));
      call.respond(InputResults.renamed(check.resultFrom(() -> new MemberMonth(member, month))
              .flatMap(asked -> memberSettlement.getMemberSettlement(call.actor(), asked.member(), asked.month())),
              "member", SettlementParams.MUNICIPALITY_CODE),
          memberSettlements);
    });

    router.get("/central-payments/{month}", call -> {
      FieldChecks check = new FieldChecks();
      YearMonth month = check.month("month", Params.path(call, "month"));
      call.respond(check.resultFrom(() -> month)
          .flatMap(m -> centralPayment.getCentralPayment(call.actor(), m)), centralPayments);
    });

    // No resource of its own to point a Location at: a recovery is read in its member's settlement.
    router.post("/recoveries", call -> call.respond(201, InputResults.renamed(
        call.command(RegisterRecoveryRequest.class)
            .flatMap(command -> registerRecovery.registerRecovery(call.actor(), command)),
        "member", "municipality")
        .map(RecoveryDto::from)));
  }
}
