package nl.wmokader.adapters.rest.indication;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.function.Function;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.indication.domain.DeliveryForm;
import nl.wmokader.core.indication.domain.IndicationId;
import nl.wmokader.core.indication.port.in.DecideOnApplicationCommand;
import nl.wmokader.core.indication.port.in.GrantTerms;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;

/**
 * The body of {@code POST /api/v1/indications/{indicationId}/decision}: the decision date and either
 * a {@code grant} or a {@code refusalReason}. Which of the two, and what the grant may hold, the use
 * case checks; here only presence and form.
 */
public record DecisionRequest(LocalDate decidedOn, GrantRequest grant, String refusalReason)
    implements ApiRequest<Function<IndicationId, DecideOnApplicationCommand>> {

  /**
   * What is granted: {@code quantity} of {@code unit} per {@code frequency} (cents for EUROS), valid
   * from {@code validFrom} to {@code validUntil} (absent: open-ended), with the results to reach.
   */
  public record GrantRequest(ProductCategory category, String product, DeliveryForm form, Long quantity, Unit unit,
      Frequency frequency, LocalDate validFrom, LocalDate validUntil, java.util.List<String> goals,
      LocalDate evaluationDate) {}

  @Override
  public Either<DomainError, Function<IndicationId, DecideOnApplicationCommand>> toCommand() {
    FieldChecks check = new FieldChecks();
    LocalDate on = check.present("decidedOn", decidedOn);
    Option<GrantTerms> terms = grant == null ? Option.none() : Option.of(terms(check, grant));
    Option<String> reason = Option.of(refusalReason);
    return check.resultFrom(() -> id -> new DecideOnApplicationCommand(id, on, terms, reason));
  }

  private static GrantTerms terms(FieldChecks check, GrantRequest g) {
    ProductCategory category = check.present("grant.category", g.category());
    Option<ProductCode> product = Option.none();
    if (g.product() != null && g.product().isBlank()) {
      // Optional: a blank one is malformed, not missing.
      check.add("grant.product", "product_code_format", "must be 1 to 5 capitals or digits");
    } else if (g.product() != null) {
      product = Option.of(check.valid(ProductCode.validate("grant.product", g.product())));
    }
    DeliveryForm form = check.present("grant.form", g.form());
    Long quantity = check.present("grant.quantity", g.quantity());
    Unit unit = check.present("grant.unit", g.unit());
    Frequency frequency = check.present("grant.frequency", g.frequency());
    LocalDate from = check.present("grant.validFrom", g.validFrom());
    LocalDate evaluation = check.present("grant.evaluationDate", g.evaluationDate());
    List<String> goals = List.empty();
    if (check.present("grant.goals", g.goals()) != null) {
      for (int i = 0; i < g.goals().size(); i++) {
        goals = goals.append(check.present("grant.goals[" + i + "]", g.goals().get(i)));
      }
    }
    return check.isEmpty()
        ? new GrantTerms(category, product, form, quantity, unit, frequency, from, Option.of(g.validUntil()), goals,
            evaluation)
        : null;
  }
}
