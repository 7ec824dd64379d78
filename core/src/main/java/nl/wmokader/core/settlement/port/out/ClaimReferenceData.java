package nl.wmokader.core.settlement.port.out;

import io.vavr.collection.Seq;
import io.vavr.collection.Traversable;
import nl.wmokader.core.catalogue.domain.Product;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.indication.domain.AssignmentNumber;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * What claim validation reads from upstream subdomains, in bulk: one call each per claim, never one
 * per line. The core's composition implements it over the catalogue's, contracting's and
 * indication's stores.
 */
public interface ClaimReferenceData {

  /** The assignments among {@code ids} that exist (any provider's; deleted ones included). */
  Seq<Assignment> assignments(Traversable<AssignmentId> ids);

  /** The assignments of {@code municipality} among the iWmo {@code numbers} that exist (deleted ones included). */
  Seq<Assignment> assignmentsByNumber(MunicipalityCode municipality, Traversable<AssignmentNumber> numbers);

  /** The products among {@code codes} that exist. */
  Seq<Product> products(Traversable<ProductCode> codes);

  /** Every contract of {@code provider}, applications included. */
  Seq<Contract> contracts(AgbCode provider);
}
