package nl.wmokader.adapters.rest.contracting;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import nl.wmokader.adapters.rest.ApiRouter;
import nl.wmokader.adapters.rest.ApiRoutes;
import nl.wmokader.adapters.rest.Params;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.contracting.port.in.DeliveryRightQuery;
import nl.wmokader.core.contracting.port.in.FindDeliveryRightUseCase;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;

/**
 * {@code GET /delivery-rights?provider=&product=&date=}: whether a provider may get a new assignment
 * of a product on a date, and at which tariff. Open to the region's and members' staff and to the
 * provider itself; no such right answers 404, as for any absent resource.
 */
public final class DeliveryRightRoutes implements ApiRoutes {
  private final FindDeliveryRightUseCase findDeliveryRight;

  public DeliveryRightRoutes(FindDeliveryRightUseCase findDeliveryRight) {
    this.findDeliveryRight = requireNonNull(findDeliveryRight, "findDeliveryRight");
  }

  @Override
  public void register(ApiRouter router) {
    router.get("/delivery-rights", call -> {
      FieldChecks check = new FieldChecks();
      AgbCode provider = check.valid(AgbCode.validate("provider", call.query("provider").getOrNull()));
      ProductCode product = check.valid(ProductCode.validate("product", call.query("product").getOrNull()));
      LocalDate date = Params.requiredDate(check, call, "date");
      call.respond(check.resultFrom(() -> new DeliveryRightQuery(provider, product, date))
          .flatMap(query -> findDeliveryRight.findDeliveryRight(call.actor(), query)
              .flatMap(right -> right.map(r -> DeliveryRightDto.from(r, date))
                  .<DomainError>toEither(() -> new CommonError.NotFound("Delivery right",
                      provider + "/" + product + " on " + date)))));
    });
  }
}
