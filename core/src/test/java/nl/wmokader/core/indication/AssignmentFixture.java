package nl.wmokader.core.indication;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.function.Predicate;
import nl.wmokader.core.audit.application.AccessRecorder;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.contracting.domain.DeliveryRight;
import nl.wmokader.core.contracting.port.in.DeliveryRightQuery;
import nl.wmokader.core.contracting.port.in.FindDeliveryRightUseCase;
import nl.wmokader.core.indication.application.AssignmentServices;
import nl.wmokader.core.indication.application.DeliveryServices;
import nl.wmokader.core.indication.application.WaitingTimeService;
import nl.wmokader.core.indication.domain.Indication;
import nl.wmokader.core.indication.port.out.AssignmentRepository;
import nl.wmokader.core.inmemory.InMemoryApprovedClaims;
import nl.wmokader.core.inmemory.InMemoryAssignmentRepository;
import nl.wmokader.core.inmemory.InMemoryAuditTrail;
import nl.wmokader.core.inmemory.InMemoryIndicationRepository;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.testing.MutableClock;
import nl.wmokader.core.testing.SequentialIds;

/**
 * The assignment services wired over in-memory adapters, a settable clock and a fake of
 * contracting's delivery-right lookup (a predicate over the query; every query it was asked is kept).
 */
public final class AssignmentFixture {
  public final InMemoryIndicationRepository indications = new InMemoryIndicationRepository();
  public final AssignmentRepository assignments;
  public final InMemoryApprovedClaims approvedClaims = new InMemoryApprovedClaims();
  public final MutableClock clock;
  public final java.util.List<DeliveryRightQuery> rightQueries = new ArrayList<>();
  public Predicate<DeliveryRightQuery> contracted = q -> true;
  public final java.util.List<nl.wmokader.core.contracting.port.in.CategoryRightQuery> categoryQueries = new ArrayList<>();
  /** Which categories a provider may deliver some product of; none unless a test says so. */
  public Predicate<nl.wmokader.core.contracting.port.in.CategoryRightQuery> contractedCategory = q -> false;

  public final AssignmentServices services;
  /** Providers' requests (iWmo 315/317), answered through {@link #services}. */
  public final nl.wmokader.core.inmemory.InMemoryAssignmentRequestRepository requests =
      new nl.wmokader.core.inmemory.InMemoryAssignmentRequestRepository();
  public final nl.wmokader.core.indication.application.AssignmentRequestServices requestServices;
  /** Which municipalities are members; every one unless a test says so. */
  public Predicate<nl.wmokader.core.shared.MunicipalityCode> member = m -> true;
  public final DeliveryServices delivery;
  public final WaitingTimeService waitingTimes;

  public AssignmentFixture(LocalDate today) {
    this(today, new InMemoryAssignmentRepository());
  }

  /** Where the services record their accesses. */
  public final InMemoryAuditTrail trail = new InMemoryAuditTrail();

  public AssignmentFixture(LocalDate today, AssignmentRepository assignments) {
    this.assignments = assignments;
    this.clock = new MutableClock(today);
    FindDeliveryRightUseCase rights = (actor, q) -> {
      rightQueries.add(q);
      return Either.right(contracted.test(q) ? Option.some(right(q)) : Option.none());
    };
    AccessRecorder records = new AccessRecorder(trail, clock);
    nl.wmokader.core.contracting.port.in.FindCategoryRightUseCase categories = (actor, q) -> {
      categoryQueries.add(q);
      return Either.right(contractedCategory.test(q));
    };
    this.services = new AssignmentServices(assignments, indications, rights, categories, approvedClaims, clock,
        new SequentialIds(), AccessPolicy.standard(), records);
    this.requestServices = new nl.wmokader.core.indication.application.AssignmentRequestServices(requests, assignments,
        indications, new nl.wmokader.core.indication.application.AssignmentRequestServices.AssignmentDoors(services,
            services, services), rights, categories, m -> member.test(m), clock, new SequentialIds(),
        AccessPolicy.standard(), records);
    this.delivery = new DeliveryServices(assignments, clock, AccessPolicy.standard(), records);
    this.waitingTimes = new WaitingTimeService(assignments, AccessPolicy.standard());
  }

  private static DeliveryRight right(DeliveryRightQuery q) {
    return new DeliveryRight(new ContractId(new java.util.UUID(7, 7)), q.provider(), q.product(),
        DateRange.from(q.date()), Money.euros(60, 0));
  }

  /** Stores {@code indication} as decided. */
  public Indication store(Indication indication) {
    return indications.save(indication).get();
  }

  /** Contracted for {@code product} only from {@code from} on (for that product; others as before). */
  public void contractedFrom(ProductCode product, LocalDate from) {
    Predicate<DeliveryRightQuery> before = contracted;
    contracted = q -> q.product().equals(product) ? !q.date().isBefore(from) && before.test(q) : before.test(q);
  }
}
