package nl.wmokader.adapters.rest.contracting;

import static java.util.Objects.requireNonNull;
import static nl.wmokader.adapters.rest.contracting.ContractRoutes.command;

import io.vavr.Tuple2;
import io.vavr.Tuple;
import io.vavr.control.Either;
import nl.wmokader.adapters.rest.ApiCall;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.adapters.rest.ApiRouter;
import nl.wmokader.adapters.rest.ApiRoutes;
import nl.wmokader.adapters.rest.catalogue.Params;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.contracting.port.in.IndexTariffCommand;
import nl.wmokader.core.contracting.port.in.IndexTariffUseCase;
import nl.wmokader.core.contracting.port.in.SetClaimMomentsCommand;
import nl.wmokader.core.contracting.port.in.SetClaimMomentsUseCase;
import nl.wmokader.core.contracting.port.in.SetLotTariffCommand;
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
            .flatMap(t -> setLotTariff.setLotTariff(call.actor(),
                new SetLotTariffCommand(t._1._1, t._1._2, t._2.from(), t._2.tariff())))
            .map(ContractDto::from)));

    router.post("/contracts/{contractId}/lots/{productCode}/indexations", call -> call.respond(
        lotCommand(call, IndexationRequest.class)
            .flatMap(t -> indexTariff.indexTariff(call.actor(),
                new IndexTariffCommand(t._1._1, t._1._2, t._2.from(), t._2.rate())))
            .map(ContractDto::from)));

    router.put("/contracts/{contractId}/lots/{productCode}/claim-moments", call -> call.respond(
        lotCommand(call, ClaimMomentsRequest.class)
            .flatMap(t -> setClaimMoments.setClaimMoments(call.actor(),
                new SetClaimMomentsCommand(t._1._1, t._1._2, t._2.date(), t._2.moments())))
            .map(ContractDto::from)));

    router.put("/contracts/{contractId}/waiting-time-norm", call -> call.respond(
        command(call, WaitingTimeNormRequest.class)
            .flatMap(command -> setWaitingTimeNorm.setWaitingTimeNorm(call.actor(), command))
            .map(ContractDto::from)));
  }

  /** The contract and product in the path (a 400 naming both when malformed), then the body. */
  private static <C, R extends ApiRequest<C>> Either<DomainError, Tuple2<Tuple2<ContractId, ProductCode>, C>> lotCommand(
      ApiCall call, Class<R> requestType) {
    FieldChecks check = new FieldChecks();
    java.util.UUID id = Params.uuid(check, "contractId", call.pathParam("contractId"));
    ProductCode product = check.valid(ProductCode.validate("productCode", call.pathParam("productCode")));
    return check.resultFrom(() -> Tuple.of(new ContractId(id), product))
        .flatMap(lot -> call.command(requestType).map(body -> Tuple.of(lot, body)));
  }
}
