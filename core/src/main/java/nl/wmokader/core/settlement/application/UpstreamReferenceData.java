package nl.wmokader.core.settlement.application;

import static java.util.Objects.requireNonNull;
import static nl.wmokader.core.shared.RegionQueries.answer;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Traversable;
import io.vavr.control.Either;
import nl.wmokader.core.catalogue.domain.Product;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.catalogue.port.in.FindProductsUseCase;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.contracting.port.in.ListContractsQuery;
import nl.wmokader.core.contracting.port.in.ListContractsUseCase;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.indication.domain.AssignmentNumber;
import nl.wmokader.core.indication.port.in.FindAssignmentsUseCase;
import nl.wmokader.core.settlement.port.out.ClaimReferenceData;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.ErrorKind;
import nl.wmokader.core.shared.Page;

/**
 * {@link ClaimReferenceData} through the upstream subdomains' bulk queries, asked as the region on
 * behalf of the claim being judged: one call each per claim, never one per line (ADR 5), and no
 * read of another subdomain's stores.
 */
public final class UpstreamReferenceData implements ClaimReferenceData {
  private static final Actor REGION = Actor.region();

  private final FindAssignmentsUseCase assignments;
  private final FindProductsUseCase products;
  private final ListContractsUseCase contracts;

  public UpstreamReferenceData(FindAssignmentsUseCase assignments, FindProductsUseCase products,
                               ListContractsUseCase contracts) {
    this.assignments = requireNonNull(assignments, "assignments");
    this.products = requireNonNull(products, "products");
    this.contracts = requireNonNull(contracts, "contracts");
  }

  @Override
  public Seq<Assignment> assignments(Traversable<AssignmentId> ids) {
    return answer(assignments.findAssignments(REGION, ids));
  }

  @Override
  public Seq<Assignment> assignmentsByNumber(MunicipalityCode municipality, Traversable<AssignmentNumber> numbers) {
    return answer(assignments.findAssignmentsByNumber(REGION, municipality, numbers));
  }

  @Override
  public Seq<Product> products(Traversable<ProductCode> codes) {
    return answer(products.findProducts(REGION, codes));
  }

  @Override
  public Seq<Contract> contracts(AgbCode provider) {
    Either<DomainError, Seq<Contract>> all = Page.all(page -> contracts.listContracts(REGION,
        new ListContractsQuery(provider, page)));
    if (all.isLeft() && all.getLeft().kind() == ErrorKind.NOT_FOUND) {
      return List.empty();   // not a registered provider: no contracts
    }
    return answer(all);
  }

  /** An upstream use case's answer to the region; a refusal here is a defect of the composition. */
}
