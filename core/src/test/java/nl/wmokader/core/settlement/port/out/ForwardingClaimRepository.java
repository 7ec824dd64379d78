package nl.wmokader.core.settlement.port.out;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.Traversable;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.YearMonth;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.settlement.domain.AssignmentLedger;
import nl.wmokader.core.settlement.domain.Claim;
import nl.wmokader.core.settlement.domain.ClaimId;
import nl.wmokader.core.settlement.domain.ClaimSummary;
import nl.wmokader.core.settlement.domain.SettlementSum;
import nl.wmokader.core.settlement.domain.SettlementTotal;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.Page;
import nl.wmokader.core.shared.PageRequest;

/** A claim store that hands every call to another: tests override what they watch or disturb. */
public abstract class ForwardingClaimRepository implements ClaimRepository {
  protected final ClaimRepository store;

  protected ForwardingClaimRepository(ClaimRepository store) {
    this.store = requireNonNull(store, "store");
  }

  @Override
  public Option<Claim> findById(ClaimId id) {
    return store.findById(id);
  }

  @Override
  public Option<Claim> findByNumber(AgbCode provider, String number) {
    return store.findByNumber(provider, number);
  }

  @Override
  public Page<ClaimSummary> findSummaries(ClaimFilter filter, PageRequest page) {
    return store.findSummaries(filter, page);
  }

  @Override
  public Map<AssignmentId, AssignmentLedger> ledgers(Set<AssignmentId> assignments) {
    return store.ledgers(assignments);
  }

  @Override
  public Seq<AssignmentLedger> ledgers(Traversable<AssignmentId> assignments, Traversable<YearMonth> months) {
    return store.ledgers(assignments, months);
  }

  @Override
  public Set<String> usedReferences(AgbCode provider, Traversable<String> references) {
    return store.usedReferences(provider, references);
  }

  @Override
  public Either<DomainError, Claim> save(Claim claim, Seq<AssignmentLedger> moved) {
    return store.save(claim, moved);
  }

  @Override
  public boolean hasApprovedLines(AssignmentId assignment) {
    return store.hasApprovedLines(assignment);
  }

  @Override
  public Money turnover(AgbCode provider, int year) {
    return store.turnover(provider, year);
  }

  @Override
  public Seq<SettlementTotal> settlementTotals(Option<MunicipalityCode> member, YearMonth from, YearMonth until) {
    return store.settlementTotals(member, from, until);
  }

  @Override
  public Seq<SettlementSum> settlementSums(YearMonth month) {
    return store.settlementSums(month);
  }
}
