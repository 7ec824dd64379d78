package nl.wmokader.core.settlement;

import static nl.wmokader.core.settlement.ClaimGen.GUIDANCE;
import static nl.wmokader.core.settlement.ClaimGen.MEMBER;
import static nl.wmokader.core.settlement.ClaimGen.PROVIDER;
import static nl.wmokader.core.settlement.ClaimGen.assignment;
import static nl.wmokader.core.settlement.ClaimGen.debit;
import static nl.wmokader.core.settlement.ClaimGen.range;
import static nl.wmokader.core.settlement.ClaimWorld.PROVIDER_STAFF;
import static nl.wmokader.core.settlement.ClaimWorld.command;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.YearMonth;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import nl.wmokader.core.audit.application.AccessRecorder;
import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.Product;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.indication.domain.Volume;
import nl.wmokader.core.inmemory.InMemoryAuditTrail;
import nl.wmokader.core.settlement.application.ClaimServices;
import nl.wmokader.core.settlement.domain.AnsweredLine;
import nl.wmokader.core.settlement.domain.AssignmentLedger;
import nl.wmokader.core.settlement.domain.Claim;
import nl.wmokader.core.settlement.domain.ClaimId;
import nl.wmokader.core.settlement.domain.ClaimLine;
import nl.wmokader.core.settlement.port.out.ClaimReferenceData;
import nl.wmokader.core.settlement.port.out.ForwardingClaimRepository;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.testing.SequentialIds;
import org.junit.jupiter.api.Test;

/**
 * A claim whose ledgers moved between its read and its write is validated again against what the
 * other claim approved: the store's version check plus the retry never approve the same volume twice.
 */
class ClaimRetryTest {

  private static final YearMonth NOV = YearMonth.of(2025, 11);

  private final ClaimWorld world = new ClaimWorld();
  private final Assignment guided = world.store(assignment(1, GUIDANCE, new Volume(3, Unit.HOUR, Frequency.PER_WEEK),
      range("2025-10-07", "2025-12-30")));

  /** Saves a rival claim for the whole of November just before the first save it is asked for. */
  private final class RacingClaims extends ForwardingClaimRepository {
    private final AtomicInteger saves = new AtomicInteger();

    RacingClaims() {
      super(world.adapters.claims());
    }

    @Override
    public Either<DomainError, Claim> save(Claim claim, Seq<AssignmentLedger> moved) {
      if (saves.getAndIncrement() == 0) {
        ClaimLine rivalLine = debit("RIVAL-1", guided, NOV, 15).build();
        Claim rival = new Claim(new ClaimId(new UUID(9, 9)), PROVIDER, MEMBER, NOV, "RIVAL", world.clock.today(),
            List.of(AnsweredLine.approved(rivalLine, MEMBER)));
        assertThat(store.save(rival, ClaimStoreFixture.moved(store, rival)).isRight()).isTrue();
      }
      return store.save(claim, moved);
    }
  }

  private final ClaimReferenceData referenceData = new ClaimReferenceData() {
    @Override
    public Seq<Assignment> assignments(io.vavr.collection.Traversable<AssignmentId> ids) {
      return world.adapters.assignments().findByIds(ids);
    }

    @Override
    public Seq<Assignment> assignmentsByNumber(nl.wmokader.core.shared.MunicipalityCode municipality,
        io.vavr.collection.Traversable<nl.wmokader.core.indication.domain.AssignmentNumber> numbers) {
      return world.adapters.assignments().findByNumbers(municipality, numbers);
    }

    @Override
    public Seq<Product> products(io.vavr.collection.Traversable<ProductCode> codes) {
      return world.adapters.products().findAll().filter(p -> codes.contains(p.code()));
    }

    @Override
    public Seq<Contract> contracts(AgbCode provider) {
      return world.adapters.contracts().findByProvider(provider);
    }
  };

  @Test
  void a_claim_whose_ledger_moved_is_validated_again_and_never_approves_the_volume_twice() {
    RacingClaims claims = new RacingClaims();
    ClaimServices services = new ClaimServices(claims, referenceData, world.wmo.region().getRegion(), world.clock,
        new SequentialIds(), AccessPolicy.standard(), new AccessRecorder(new InMemoryAuditTrail(), world.clock));

    Claim answered = services.submitClaim(PROVIDER_STAFF, command("D-1", NOV, debit("R1", guided, NOV, 15).build())).get();

    assertThat(claims.saves.get()).as("the stale save and the one after validating again").isEqualTo(2);
    assertThat(answered.lines().head().answerCodes()).containsExactly("9322", "9389");
    assertThat(world.adapters.claims().ledgers(io.vavr.collection.HashSet.of(guided.id())).get(guided.id()).get()
        .activeDebits(NOV).map(ClaimLine::reference)).containsExactly("RIVAL-1");
  }
}
