package nl.wmokader.core;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import io.vavr.collection.Traversable;
import nl.wmokader.core.catalogue.domain.Product;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.catalogue.port.out.ProductRepository;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.contracting.port.out.ContractRepository;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.indication.port.out.AssignmentRepository;
import nl.wmokader.core.settlement.port.out.ClaimReferenceData;
import nl.wmokader.core.shared.AgbCode;

/**
 * Settlement's {@link ClaimReferenceData}, answered from the upstream stores in bulk: the composition
 * may read them where a subdomain may not, and a claim's validation needs them in one read each
 * rather than one use-case call per line. Read-only.
 */
final class ClaimReferenceDataFromStores implements ClaimReferenceData {

  private final AssignmentRepository assignments;
  private final ProductRepository products;
  private final ContractRepository contracts;

  ClaimReferenceDataFromStores(AssignmentRepository assignments, ProductRepository products, ContractRepository contracts) {
    this.assignments = requireNonNull(assignments, "assignments");
    this.products = requireNonNull(products, "products");
    this.contracts = requireNonNull(contracts, "contracts");
  }

  @Override
  public Seq<Assignment> assignments(Traversable<AssignmentId> ids) {
    return ids.isEmpty() ? io.vavr.collection.List.empty() : assignments.findByIds(ids);
  }

  @Override
  public Seq<Product> products(Traversable<ProductCode> codes) {
    // The catalogue is small (tens to a few hundred products) and read whole in one query.
    if (codes.isEmpty()) {
      return io.vavr.collection.List.empty();
    }
    java.util.Set<ProductCode> wanted = codes.toJavaSet();
    return products.findAll().filter(p -> wanted.contains(p.code()));
  }

  @Override
  public Seq<Contract> contracts(AgbCode provider) {
    return contracts.findByProvider(provider);
  }
}
