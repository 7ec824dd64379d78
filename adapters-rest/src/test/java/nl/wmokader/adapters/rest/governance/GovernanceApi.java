package nl.wmokader.adapters.rest.governance;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import nl.wmokader.adapters.rest.region.RegionalDecisionRoutes;
import nl.wmokader.adapters.rest.settlement.CostSharingRoutes;
import nl.wmokader.adapters.rest.testing.TestServer;
import nl.wmokader.core.WmoKader;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.inmemory.InMemoryAdapters;
import nl.wmokader.core.region.RegionGen;
import nl.wmokader.core.settlement.domain.AnsweredLine;
import nl.wmokader.core.settlement.domain.Claim;
import nl.wmokader.core.settlement.domain.ClaimId;
import nl.wmokader.core.settlement.domain.ClaimLine;
import nl.wmokader.core.settlement.domain.DebitCredit;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.testing.MutableClock;
import nl.wmokader.core.testing.SequentialIds;

/** The governance routes over the in-memory adapters (the reference region optional), on a random port. */
final class GovernanceApi implements AutoCloseable {
  static final AgbCode PROVIDER = AgbCode.of("98000001");

  final InMemoryAdapters adapters = new InMemoryAdapters();
  final MutableClock clock = new MutableClock(LocalDate.of(2025, 3, 1));
  final TestServer server;
  private int sequence;

  GovernanceApi() {
    WmoKader wmo = adapters.builder().clock(clock).ids(new SequentialIds()).build();
    server = TestServer.start(TestServer.options(), java.util.List.of(
        new CostSharingRoutes(wmo.settlement().allocateCosts(), wmo.settlement().calculateContribution()),
        new RegionalDecisionRoutes(wmo.region().countVotes(), wmo.region().getArrangement())));
  }

  /** With the reference region Brabant Noordoost-Oost and its 2024 inhabitants. */
  GovernanceApi withReferenceRegion() {
    adapters.regions().save(RegionGen.reference()).get();
    return this;
  }

  /** Stores an approved claim of {@code month} charged to {@code member} with one debit line of {@code cents}. */
  GovernanceApi approvedClaim(YearMonth month, String member, ProductCategory category, long cents) {
    String reference = "R" + ++sequence;
    ClaimLine line = new ClaimLine(reference, Option.none(), new AssignmentId(UUID.nameUUIDFromBytes(reference.getBytes())),
        new Bsn("999900018"), category, Option.some(ProductCode.of("BW01")),
        DateRange.of(month.atDay(1), month.atEndOfMonth()), 1, Unit.EUROS, Money.ofCents(cents), Money.ofCents(cents),
        DebitCredit.DEBIT);
    MunicipalityCode code = MunicipalityCode.of(member);
    adapters.claims().save(new Claim(new ClaimId(UUID.nameUUIDFromBytes(("claim" + sequence).getBytes())), PROVIDER, code,
        month, "D" + sequence, month.atDay(5), List.of(AnsweredLine.approved(line, code))), List.empty()).get();
    return this;
  }

  @Override
  public void close() {
    server.close();
  }
}
