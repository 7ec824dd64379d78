package nl.wmokader.core.contracting;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.UUID;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.contracting.domain.ClientStop;
import nl.wmokader.core.contracting.domain.ClientStopReason;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.contracting.domain.Lot;
import nl.wmokader.core.contracting.domain.ProcurementPeriods;
import nl.wmokader.core.contracting.domain.Provider;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.SharedGen;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of the contracting subdomain (core test-jar). */
public final class ContractingGen {
  private ContractingGen() {}

  /** A "today" before every generated date, so that generated stops and terminations are never retroactive. */
  public static final LocalDate LONG_AGO = LocalDate.of(2000, 1, 1);

  /** A few providers (those of {@link SharedGen#fewAgbCodes()}), so that generated contracts share them. */
  public static final List<AgbCode> FEW_PROVIDERS =
      List.of(AgbCode.of("98000001"), AgbCode.of("98000002"), AgbCode.of("98000003"));

  /** A few products, so that generated lots collide often enough to test the overlap rule. */
  public static final java.util.List<ProductCode> PRODUCTS = java.util.List.of(
      ProductCode.of("01A01"), ProductCode.of("02A01"), ProductCode.of("02A02"), ProductCode.of("07A01"));

  /**
   * A dozen visibly fictional providers for demo data (AGB codes 98000001..98000012, names
   * marked "(fictief)"); the first three are the {@link #FEW_PROVIDERS}.
   */
  public static List<Provider> referenceProviders() {
    return List.of(
            "Zorggroep De Maasoever (fictief)",
            "Thuiszorg Het Lindehof (fictief)",
            "Dagbesteding De Peelrand (fictief)",
            "Begeleiding Op Maat Osserhoek (fictief)",
            "Huishoudelijke Hulp De Vlonder (fictief)",
            "Woonzorg Het Aa-dal (fictief)",
            "Hulpmiddelencentrum De Kruisweg (fictief)",
            "Vervoersdienst De Wetering (fictief)",
            "Beschermd Wonen Het Kompas (fictief)",
            "Opvang De Overloop (fictief)",
            "Coöperatie Zorg Dichtbij Maasland (fictief)",
            "Buurtzorgteam 't Groene Hart (fictief)")
        .zipWithIndex()
        .map(t -> Provider.builder().agb(AgbCode.of(String.format("980000%02d", t._2 + 1))).name(t._1).build());
  }

  public static Gen<ProductCode> products() {
    return Generate.pick(PRODUCTS);
  }

  public static Gen<ContractId> ids() {
    return longs().all().zip(longs().all(), (hi, lo) -> new ContractId(new UUID(hi, lo)));
  }

  /** Provider names, with the odd character a database must keep. */
  public static Gen<String> providerNames() {
    return Generate.pick(java.util.List.of("Zorggroep", "Thuiszorg", "Stichting", "Coöperatie", "Begeleiding"))
        .zip(Generate.pick(java.util.List.of("De Linde", "'t Hof", "Het Anker-Oost", "Maas & Waal", "Peelland")),
            integers().between(1, 999),
            (kind, place, n) -> kind + " " + place + " " + n + " (fictief)");
  }

  public static Gen<Provider> providers() {
    return SharedGen.agbCodes().zip(providerNames(), (agb, name) -> Provider.builder().agb(agb).name(name).build());
  }

  /** Procurement periods: the reference ones, other closed ones and open-ended ones. */
  public static Gen<DateRange> periods() {
    return Generate.oneOf(
        Generate.pick(ProcurementPeriods.reference().toJavaList()),
        SharedGen.dates().zip(integers().between(0, 1200), (start, days) -> DateRange.of(start, start.plusDays(days))),
        SharedGen.dates().map(DateRange::from));
  }

  /** A date in {@code range} (within three years of its start when it is open-ended). */
  public static Gen<LocalDate> dateIn(DateRange range) {
    long span = range.days().getOrElse(3 * 366L) - 1;
    return longs().between(0, span).map(range.start()::plusDays);
  }

  /** A date in {@code range} or up to 60 days around it. */
  public static Gen<LocalDate> dateAround(DateRange range) {
    long span = range.days().getOrElse(3 * 366L) - 1;
    return longs().between(-60, span + 60).map(range.start()::plusDays);
  }

  /** Ranges inside {@code range}: open-ended only when it is. */
  public static Gen<DateRange> rangesWithin(DateRange range) {
    return rs -> {
      LocalDate start = dateIn(range).generate(rs);
      if (range.isOpenEnded() && Generate.booleans().generate(rs)) {
        return DateRange.from(start);
      }
      LocalDate last = range.end().getOrElse(start.plusDays(3 * 366L));
      long room = java.time.temporal.ChronoUnit.DAYS.between(start, last);
      return DateRange.of(start, start.plusDays(longs().between(0, room).generate(rs)));
    };
  }

  /** Ranges starting in or around {@code range}: inside it, across its edges, open-ended, or beyond it. */
  public static Gen<DateRange> rangesAround(DateRange range) {
    return dateAround(range).zip(integers().between(0, 500), Generate.booleans(),
        (start, days, open) -> open ? DateRange.from(start) : DateRange.of(start, start.plusDays(days)));
  }

  /** No own tariff, or one of €0.00..€150.00 per unit. */
  public static Gen<Option<Money>> tariffs() {
    return Generate.oneOf(
        Generate.constant(Option.<Money>none()),
        longs().between(0, 150_00).map(c -> Option.some(Money.ofCents(c))));
  }

  public static Gen<Lot> lotsWithin(DateRange period) {
    return products().zip(rangesWithin(period), tariffs(), Lot::new);
  }

  public static Gen<ClientStopReason> reasons() {
    return Generate.enumValues(ClientStopReason.class);
  }

  public static Gen<ClientStop> clientStopsAround(DateRange period) {
    return rangesAround(period).zip(reasons(), ClientStop::new);
  }

  /** Contracts of {@code provider}: active or (one in four) terminated, with lots and client stops. */
  public static Gen<Contract> contractsOf(Gen<AgbCode> provider) {
    return contractsOf(provider, true);
  }

  private static Gen<Contract> contractsOf(Gen<AgbCode> provider, boolean mayTerminate) {
    return rs -> {
      DateRange period = periods().generate(rs);
      Contract contract = Contract.builder().id(ids().generate(rs)).provider(provider.generate(rs)).period(period).build();
      int lots = integers().between(0, 6).generate(rs);
      for (int i = 0; i < lots; i++) {
        contract = contract.addLot(lotsWithin(period).generate(rs)).getOrElse(contract);
      }
      int stops = integers().between(0, 3).generate(rs);
      for (int i = 0; i < stops; i++) {
        contract = contract.imposeClientStop(clientStopsAround(period).generate(rs), LONG_AGO).getOrElse(contract);
      }
      if (mayTerminate && integers().between(0, 3).generate(rs) == 0) {
        contract = contract.terminate(dateIn(period).generate(rs), LONG_AGO).getOrElse(contract);
      }
      return contract;
    };
  }

  public static Gen<AgbCode> fewProviders() {
    return Generate.pick(FEW_PROVIDERS.toJavaList());
  }

  /** Contracts of the {@link #FEW_PROVIDERS}. */
  public static Gen<Contract> contracts() {
    return contractsOf(fewProviders());
  }

  public static Gen<Contract> activeContracts() {
    return contractsOf(fewProviders(), false);
  }

  public static Gen<Contract> terminatedContracts() {
    return contracts().flatMap(c -> c.terminatedFrom().isDefined()
        ? Generate.constant(c)
        : dateIn(c.period()).map(from -> c.terminate(from, LONG_AGO).get()));
  }
}
