package nl.wmokader.adapters.rest.contracting;

import static java.util.Objects.requireNonNull;
import static nl.wmokader.adapters.rest.contracting.ContractRoutes.command;

import io.vavr.control.Either;
import java.util.UUID;
import java.util.function.BiFunction;
import nl.wmokader.adapters.rest.ApiCall;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.adapters.rest.ApiRouter;
import nl.wmokader.adapters.rest.ApiRoutes;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.contracting.port.in.IndexTariffUseCase;
import nl.wmokader.core.contracting.port.in.SetClaimMomentsUseCase;
import nl.wmokader.core.contracting.port.in.SetLotTariffUseCase;
import nl.wmokader.core.contracting.port.in.SetWaitingTimeNormUseCase;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;

/**
 * The terms of a contract's lots, each lot named by its product code (and the day in the body,
 * which picks the lot of that product): own {@code tariffs}, {@code indexations}, {@code
 * claim-moments}; and the contract's {@code waiting-time-norm}. Region staff only.
 */
public final class LotRoutes implements ApiRoutes {
  private final SetLotTariffUseCase setLotTariff;
  private final IndexTariffUseCase indexTariff;
  private final SetClaimMomentsUseCase setClaimMoments;
  private final SetWaitingTimeNormUseCase setWaitingTimeNorm;

  public LotRoutes(SetLotTariffUseCase setLotTariff, IndexTariffUseCase indexTariff, SetClaimMomentsUseCase setClaimMoments,
      SetWaitingTimeNormUseCase setWaitingTimeNorm) {
    this.setLotTariff = requireNonNull(setLotTariff, "setLotTariff");
    this.indexTariff = requireNonNull(indexTariff, "indexTariff");
    this.setClaimMoments = requireNonNull(setClaimMoments, "setClaimMoments");
    this.setWaitingTimeNorm = requireNonNull(setWaitingTimeNorm, "setWaitingTimeNorm");
  }

  @Override
  public void register(ApiRouter router) {
    router.post("/contracts/{contractId}/lots/{productCode}/tariffs", call -> call.respond(
        lotCommand(call, LotTariffRequest.class)
            .flatMap(command -> setLotTariff.setLotTariff(call.actor(), command))
            .map(ContractDto::from)));

    router.post("/contracts/{contractId}/lots/{productCode}/indexations", call -> call.respond(
        lotCommand(call, IndexationRequest.class)
            .flatMap(command -> indexTariff.indexTariff(call.actor(), command))
            .map(ContractDto::from)));

    router.put("/contracts/{contractId}/lots/{productCode}/claim-moments", call -> call.respond(
        lotCommand(call, ClaimMomentsRequest.class)
            .flatMap(command -> setClaimMoments.setClaimMoments(call.actor(), command))
            .map(ContractDto::from)));

    router.put("/contracts/{contractId}/waiting-time-norm", call -> call.respond(
        command(call, WaitingTimeNormRequest.class)
            .flatMap(command -> setWaitingTimeNorm.setWaitingTimeNorm(call.actor(), command))
            .map(ContractDto::from)));
  }

  /** The command for the lot in the path: the contract and product (a 400 naming both when malformed), then the body. */
  private static <C, R extends ApiRequest<BiFunction<ContractId, ProductCode, C>>> Either<DomainError, C> lotCommand(
      ApiCall call, Class<R> requestType) {
    FieldChecks check = new FieldChecks();
    UUID id = check.uuid("contractId", call.pathParam("contractId"));
    ProductCode product = check.valid(ProductCode.validate("productCode", call.pathParam("productCode")));
    return check.resultFrom(() -> new ContractId(id))
        .flatMap(contract -> call.command(requestType).map(partial -> partial.apply(contract, product)));
  }
}
