package nl.wmokader.core.contracting;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigInteger;
import java.time.LocalDate;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.contracting.application.ContractServices;
import nl.wmokader.core.contracting.application.LotServices;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.contracting.domain.ContractingError;
import nl.wmokader.core.contracting.domain.IndexationRate;
import nl.wmokader.core.contracting.domain.Lot;
import nl.wmokader.core.contracting.domain.TariffPeriod;
import nl.wmokader.core.contracting.port.in.ContractProviderCommand;
import nl.wmokader.core.contracting.port.in.IndexTariffCommand;
import nl.wmokader.core.contracting.port.in.NewLot;
import nl.wmokader.core.inmemory.InMemoryContractRepository;
import nl.wmokader.core.inmemory.InMemoryProviderRepository;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.testing.MutableClock;
import nl.wmokader.core.testing.Results;
import nl.wmokader.core.testing.SequentialIds;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties of tariff periods and their yearly indexation, against a naive model: the tariff of
 * every single day, computed with plain integer arithmetic ({@code (cents × (10000 + bp) + 5000) /
 * 10000}, i.e. half up, for the non-negative amounts a tariff has).
 */
class IndexationPropertiesTest implements WithQuickTheories {

  /** A lot with own tariffs (several periods, as setting and indexing leave them), a day it has a tariff, a rate. */
  private record Case(Lot lot, LocalDate from, IndexationRate rate) {}

  private static Gen<Case> cases(Gen<IndexationRate> rates) {
    return rs -> {
      DateRange period = ContractingGen.periods().generate(rs);
      Lot lot = ContractingGen.richLotsWithin(period).generate(rs);
      LocalDate from = ContractingGen.dateIn(lot.validity()).generate(rs);
      if (lot.tariffOn(from).isEmpty()) {
        lot = lot.withTariffFrom(from, Money.ofCents(org.quicktheories.generators.SourceDSL.longs().between(0, 150_00).generate(rs)));
      }
      return new Case(lot, from, rates.generate(rs));
    };
  }

  /** Every day of the lot, a little around it, within its first three years. */
  private static List<LocalDate> daysAround(Lot lot) {
    LocalDate first = lot.validity().start().minusDays(3);
    LocalDate last = lot.validity().end().getOrElse(lot.validity().start().plusYears(3)).plusDays(3);
    List<LocalDate> days = List.empty();
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      days = days.prepend(d);
    }
    return days.reverse();
  }

  private static long naiveIndexed(long cents, int basisPoints) {
    return BigInteger.valueOf(cents).multiply(BigInteger.valueOf(10_000L + basisPoints)).add(BigInteger.valueOf(5_000))
        .divide(BigInteger.valueOf(10_000)).longValueExact();
  }

  @Test
  void indexing_by_zero_percent_is_the_identity() {
    qt().forAll(cases(Generate.constant(IndexationRate.ofBasisPoints(0)))).checkAssert(c ->
        assertThat(c.lot().indexedFrom(c.from(), c.rate())).isEqualTo(c.lot()));
  }

  @Test
  void tariffs_before_the_date_never_change_and_from_it_change_by_the_rate_rounded_half_up_once() {
    qt().withExamples(200).forAll(cases(ContractingGen.indexationRates())).checkAssert(c -> {
      Lot indexed = c.lot().indexedFrom(c.from(), c.rate());
      assertThat(indexed.validity()).isEqualTo(c.lot().validity());
      assertThat(indexed.claimMoments()).isEqualTo(c.lot().claimMoments());
      for (LocalDate day : daysAround(c.lot())) {
        Option<Money> before = c.lot().tariffOn(day);
        Option<Money> expected = day.isBefore(c.from())
            ? before
            : before.map(t -> Money.ofCents(naiveIndexed(t.cents(), c.rate().basisPoints())));
        assertThat(indexed.tariffOn(day)).as("%s indexed from %s by %s, on %s", c.lot(), c.from(), c.rate(), day)
            .isEqualTo(expected);
      }
    });
  }

  @Test
  void an_agreed_tariff_holds_from_its_day_to_the_lots_end_and_never_changes_the_days_before() {
    qt().forAll(cases(Generate.constant(IndexationRate.ofBasisPoints(0))), longs().between(0, 200_00)).checkAssert((c, cents) -> {
      Lot changed = c.lot().withTariffFrom(c.from(), Money.ofCents(cents));
      for (LocalDate day : daysAround(c.lot())) {
        Option<Money> expected = !c.lot().validity().contains(day) ? Option.none()
            : day.isBefore(c.from()) ? c.lot().tariffOn(day) : Option.some(Money.ofCents(cents));
        assertThat(changed.tariffOn(day)).as(day.toString()).isEqualTo(expected);
      }
    });
  }

  @Test
  void tariff_periods_stay_inside_the_lot_apart_and_merged() {
    qt().forAll(cases(ContractingGen.indexationRates())).checkAssert(c -> {
      List<TariffPeriod> periods = List.ofAll(c.lot().indexedFrom(c.from(), c.rate()).tariffs());
      assertThat(periods).allMatch(t -> c.lot().validity().contains(t.validity()));
      for (int i = 1; i < periods.size(); i++) {
        TariffPeriod a = periods.get(i - 1);
        TariffPeriod b = periods.get(i);
        assertThat(a.validity().end().get()).isBefore(b.validity().start());
        boolean adjoining = a.validity().end().get().plusDays(1).equals(b.validity().start());
        assertThat(adjoining && a.tariff().equals(b.tariff())).as("adjacent equal periods are merged").isFalse();
      }
    });
  }

  // --- through the use case: refused indexations store nothing

  @Test
  void an_indexation_outside_the_contract_period_or_before_today_is_refused_and_stores_nothing() {
    ProductCode product = ContractingGen.PRODUCTS.get(0);
    qt().forAll(ContractingGen.periods().map(p -> p.end().isDefined() ? p : p.withEnd(p.start().plusYears(2))),
        integers().between(-400, 1500), ContractingGen.indexationRates()).checkAssert((period, offset, rate) -> {
      MutableClock clock = new MutableClock(period.start().minusMonths(1));
      InMemoryProviderRepository providers = new InMemoryProviderRepository();
      InMemoryContractRepository contracts = new InMemoryContractRepository();
      Results.right(providers.save(ContractingGen.referenceProviders().head()));
      ContractServices services = new ContractServices(providers, contracts,
          CatalogueFakes.products(HashMap.of(product, DateRange.from(ContractingGen.LONG_AGO))), clock, new SequentialIds(), AccessPolicy.standard());
      Contract contract = Results.right(services.contractProvider(Actor.region(), new ContractProviderCommand(
          ContractingGen.referenceProviders().head().agb(), period,
          List.of(new NewLot(product, period, Option.some(Money.euros(60, 0)))))));
      LotServices lots = new LotServices(contracts, CatalogueFakes.everyProduct(), clock, AccessPolicy.standard());
      LocalDate from = period.start().plusDays(offset);

      var result = lots.indexTariff(Actor.region(), new IndexTariffCommand(contract.id(), product, from, rate));

      if (!period.contains(from)) {
        Results.left(result, ContractingError.IndexationOutsideContractPeriod.class);
      } else if (from.isBefore(clock.today())) {
        Results.left(result, ContractingError.RetroactiveChange.class);
      } else {
        Contract indexed = Results.right(result);
        assertThat(indexed.lots().head().tariffOn(from))
            .isEqualTo(Option.some(Money.ofCents(naiveIndexed(60_00, rate.basisPoints()))));
        return;
      }
      assertThat(contracts.findById(contract.id()).get()).isEqualTo(contract);
    });
  }
}
