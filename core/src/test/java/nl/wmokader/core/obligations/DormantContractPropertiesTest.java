package nl.wmokader.core.obligations;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Comparator;
import nl.wmokader.core.contracting.ContractingGen;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.contracting.domain.ContractStatus;
import nl.wmokader.core.inmemory.InMemoryContractRepository;
import nl.wmokader.core.inmemory.InMemoryProviderActivity;
import nl.wmokader.core.inmemory.InMemoryProviderRepository;
import nl.wmokader.core.obligations.application.DormantContractService;
import nl.wmokader.core.obligations.domain.DormantContract;
import nl.wmokader.core.obligations.domain.ObligationTerms;
import nl.wmokader.core.obligations.port.in.ListDormantContractsQuery;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.PageRequest;
import nl.wmokader.core.shared.SharedGen;
import nl.wmokader.core.testing.MutableClock;
import nl.wmokader.core.testing.Results;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The dormant-contract listing against a deliberately naive model that walks the calendar day by day. */
class DormantContractPropertiesTest implements WithQuickTheories {

  /** The model: the last day with a client found by walking back from today; the rest read off the contracts. */
  private static List<DormantContract> model(List<Contract> contracts, java.util.List<java.util.List<DateRange>> clients,
      int months, LocalDate today) {
    List<DormantContract> out = List.empty();
    for (Contract c : contracts.sorted(Comparator.comparing((Contract k) -> k.provider().value())
        .thenComparing(k -> k.period().start()).thenComparing(k -> k.id().value().toString()))) {
      boolean inForce = c.status() == ContractStatus.ACTIVE && !today.isBefore(c.period().start())
          && c.period().end().forAll(end -> !today.isAfter(end));
      List<DateRange> periods = List.ofAll(clients.get(ContractingGen.FEW_PROVIDERS.indexOf(c.provider())));
      Option<LocalDate> last = Option.none();
      for (LocalDate d = today; !d.isBefore(LocalDate.of(2015, 1, 1)); d = d.minusDays(1)) {
        LocalDate day = d;
        if (periods.exists(p -> p.contains(day))) {
          last = Option.some(day);
          break;
        }
      }
      LocalDate firstContract = contracts.filter(k -> k.provider().equals(c.provider())).map(k -> k.period().start()).min().get();
      LocalDate quietSince = last.getOrElse(firstContract);
      if (inForce && !quietSince.plusMonths(months).isAfter(today)) {
        out = out.append(new DormantContract(c.id(), c.provider(), c.period(), last, quietSince));
      }
    }
    return out;
  }

  /** What one listing sees: contracts, each few provider's periods with a client, the term and today. */
  private record Scenario(List<Contract> contracts, java.util.List<java.util.List<DateRange>> clients, int months,
      LocalDate today) {}

  /**
   * Scenarios that often sit on the edge: a client period, or a contract, that ends or starts a few
   * days around {@code today − months}.
   */
  private Gen<Scenario> scenarios() {
    return rs -> {
      LocalDate today = SharedGen.dates().generate(rs);
      int months = integers().between(1, 36).generate(rs);
      Gen<LocalDate> nearEdge = integers().between(-3, 3).map(d -> today.minusMonths(months).plusDays(d));
      java.util.List<java.util.List<DateRange>> clients = new java.util.ArrayList<>();
      for (int i = 0; i < 3; i++) {
        java.util.List<DateRange> periods = new java.util.ArrayList<>(lists().of(SharedGen.dateRanges()).ofSizeBetween(0, 2).generate(rs));
        if (Generate.booleans().generate(rs)) {
          LocalDate end = nearEdge.generate(rs);
          periods.add(DateRange.of(end.minusDays(integers().between(0, 400).generate(rs)), end));
        }
        clients.add(periods);
      }
      List<Contract> contracts = List.ofAll(lists().of(ContractingGen.contracts()).ofSizeBetween(0, 8).generate(rs));
      if (Generate.booleans().generate(rs)) {
        contracts = contracts.append(Contract.builder().id(ContractingGen.ids().generate(rs))
            .provider(ContractingGen.fewProviders().generate(rs))
            .period(DateRange.from(nearEdge.generate(rs))).build());
      }
      return new Scenario(contracts.distinctBy(Contract::id), clients, months, today);
    };
  }

  @Test
  void exactly_the_active_contracts_of_providers_without_a_client_for_the_configured_months_are_listed() {
    qt().withExamples(300).forAll(scenarios()).checkAssert(s -> {
      InMemoryProviderRepository providers = new InMemoryProviderRepository();
      ContractingGen.referenceProviders().forEach(p -> Results.right(providers.save(p)));
      InMemoryContractRepository contracts = new InMemoryContractRepository();
      List<Contract> saved = s.contracts().map(c -> Results.right(contracts.save(c)));
      InMemoryProviderActivity activity = new InMemoryProviderActivity();
      for (int i = 0; i < 3; i++) {
        AgbCode provider = ContractingGen.FEW_PROVIDERS.get(i);
        s.clients().get(i).forEach(p -> activity.hadClient(provider, p));
      }
      DormantContractService service = new DormantContractService(ContractingGen.providersIn(providers),
        ContractingGen.providersIn(providers), ContractingGen.contractsIn(contracts), activity,
          ObligationTerms.reference().withDormancyMonths(s.months()), new MutableClock(s.today()), AccessPolicy.standard());
      Seq<DormantContract> listed = Results.right(service.listDormantContracts(Actor.region(),
          new ListDormantContractsQuery(new PageRequest(0, PageRequest.MAX_SIZE)))).items();
      assertThat(listed.toJavaList()).containsExactlyElementsOf(model(saved, s.clients(), s.months(), s.today()));
    });
  }

  @Test
  void a_longer_term_never_lists_more() {
    qt().forAll(
            lists().of(ContractingGen.contracts()).ofSizeBetween(0, 8),
            lists().of(SharedGen.dateRanges()).ofSizeBetween(0, 3),
            integers().between(1, 36).zip(integers().between(0, 24), (m, more) -> List.of(m, m + more)),
            SharedGen.dates())
        .checkAssert((raw, clients, terms, today) -> {
          InMemoryProviderRepository providers = new InMemoryProviderRepository();
          ContractingGen.referenceProviders().forEach(p -> Results.right(providers.save(p)));
          InMemoryContractRepository contracts = new InMemoryContractRepository();
          List.ofAll(raw).distinctBy(Contract::id).forEach(c -> Results.right(contracts.save(c)));
          InMemoryProviderActivity activity = new InMemoryProviderActivity();
          clients.forEach(p -> activity.hadClient(ContractingGen.FEW_PROVIDERS.head(), p));
          MutableClock clock = new MutableClock(today);
          var query = new ListDormantContractsQuery(new PageRequest(0, PageRequest.MAX_SIZE));
          Seq<DormantContract> shorter = Results.right(new DormantContractService(ContractingGen.providersIn(providers),
        ContractingGen.providersIn(providers), ContractingGen.contractsIn(contracts), activity,
              ObligationTerms.reference().withDormancyMonths(terms.get(0)), clock, AccessPolicy.standard()).listDormantContracts(Actor.region(), query)).items();
          Seq<DormantContract> longer = Results.right(new DormantContractService(ContractingGen.providersIn(providers),
        ContractingGen.providersIn(providers), ContractingGen.contractsIn(contracts), activity,
              ObligationTerms.reference().withDormancyMonths(terms.get(1)), clock, AccessPolicy.standard()).listDormantContracts(Actor.region(), query)).items();
          assertThat(shorter.toJavaList()).containsAll(longer);
        });
  }
}
