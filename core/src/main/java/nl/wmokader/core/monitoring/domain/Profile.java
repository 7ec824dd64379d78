package nl.wmokader.core.monitoring.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.indication.domain.DeliveryForm;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * What an invitation and its response tell of the client, and all the results break down by: the
 * member municipality the client belongs to, the product category and care form of the grant (none
 * after a refusal, which grants nothing), the age band and the occasion. Never a BSN.
 *
 * @param member the municipality the case is attributed to (sheltered housing and shelter, decided
 *     centrally), else the responsible one: the member whose resident the client is
 */
public record Profile(MunicipalityCode member, Option<ProductCategory> category, Option<DeliveryForm> form,
                      AgeBand ageBand, Occasion occasion) {
  public Profile {
    requireNonNull(member, "member");
    requireNonNull(category, "category");
    requireNonNull(form, "form");
    requireNonNull(ageBand, "ageBand");
    requireNonNull(occasion, "occasion");
    if ((occasion == Occasion.REFUSED) != category.isEmpty() || category.isEmpty() != form.isEmpty()) {
      throw new IllegalArgumentException("a refusal has no category and form; a grant and an ended support have both");
    }
  }
}
