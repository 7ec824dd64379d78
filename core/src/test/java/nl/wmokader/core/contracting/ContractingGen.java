package nl.wmokader.core.contracting;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.UUID;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.contracting.application.ProviderServices;
import nl.wmokader.core.contracting.domain.AdmissionCondition;
import nl.wmokader.core.contracting.domain.ChamberOfCommerceNumber;
import nl.wmokader.core.contracting.domain.ClaimMoments;
import nl.wmokader.core.contracting.domain.ClaimPeriod;
import nl.wmokader.core.contracting.domain.ClientStop;
import nl.wmokader.core.contracting.domain.ClientStopReason;
import nl.wmokader.core.contracting.domain.ClientStopRequest;
import nl.wmokader.core.contracting.domain.ClientStopRequestId;
import nl.wmokader.core.contracting.domain.ConditionCode;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.contracting.domain.ContractStatus;
import nl.wmokader.core.contracting.domain.Evidence;
import nl.wmokader.core.contracting.domain.IndexationRate;
import nl.wmokader.core.contracting.domain.Lot;
import nl.wmokader.core.contracting.domain.OpenHouseTerms;
import nl.wmokader.core.contracting.domain.ProcurementPeriods;
import nl.wmokader.core.contracting.domain.Provider;
import nl.wmokader.core.contracting.domain.ProviderDeliveryForm;
import nl.wmokader.core.contracting.domain.SupervisionContact;
import nl.wmokader.core.contracting.domain.WaitingTimeNorm;
import nl.wmokader.core.contracting.port.in.ContactInput;
import nl.wmokader.core.contracting.port.in.ListContractsUseCase;
import nl.wmokader.core.contracting.port.in.RegisterProviderCommand;
import nl.wmokader.core.contracting.port.out.ContractRepository;
import nl.wmokader.core.contracting.port.out.ProviderRepository;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.Page;
import nl.wmokader.core.shared.SharedGen;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of the contracting subdomain (core test-jar). */
public final class ContractingGen {
  private ContractingGen() {}

  /** Contracting's provider use cases over {@code providers}, as a downstream subdomain reads them. */
  public static ProviderServices providersIn(ProviderRepository providers) {
    return new ProviderServices(providers, AccessPolicy.standard());
  }

  /** Contracting's contract list over {@code contracts}, as a downstream subdomain reads it (every contract). */
  public static ListContractsUseCase contractsIn(ContractRepository contracts) {
    return (actor, query) -> Either.right(Page.of(contracts.findByProvider(query.provider()), query.page()));
  }

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
        .map(t -> Provider.builder()
            .agb(AgbCode.of(String.format("980000%02d", t._2 + 1)))
            .name(t._1)
            .chamberOfCommerce(Option.some(ChamberOfCommerceNumber.of(String.format("990000%02d", t._2 + 1))))
            .deliveryForms(t._2 % 3 == 0
                ? List.of(ProviderDeliveryForm.IN_KIND, ProviderDeliveryForm.PERSONAL_BUDGET)
                : List.of(ProviderDeliveryForm.IN_KIND))
            .supervisionContact(Option.some(new SupervisionContact("Contactpersoon Toezicht " + (t._2 + 1) + " (fictief)",
                "toezicht" + (t._2 + 1) + "@aanbieder.example", String.format("+31 412 000 0%02d", t._2 + 1))))
            .build());
  }

  /** The command that registers {@code provider} as it is (its optional details must be present). */
  public static RegisterProviderCommand registration(Provider provider) {
    SupervisionContact c = provider.supervisionContact().get();
    return new RegisterProviderCommand(provider.agb(), provider.name(), provider.chamberOfCommerce().get(),
        provider.deliveryForms(), new ContactInput(c.name(), c.email(), c.phone()));
  }

  /** A complete registration of {@code agb} under {@code name}, with fictional details. */
  public static RegisterProviderCommand registration(AgbCode agb, String name) {
    return new RegisterProviderCommand(agb, name, ChamberOfCommerceNumber.of("99" + agb.value().substring(2)),
        List.of(ProviderDeliveryForm.IN_KIND),
        new ContactInput("Contactpersoon Toezicht (fictief)", "toezicht@aanbieder.example", "+31 412 000 000"));
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

  public static Gen<ChamberOfCommerceNumber> chamberOfCommerceNumbers() {
    return integers().between(0, 99_999_999).map(n -> ChamberOfCommerceNumber.of(String.format("%08d", n)));
  }

  /** One form or both, normalised as a provider keeps them. */
  public static Gen<io.vavr.collection.Seq<ProviderDeliveryForm>> deliveryForms() {
    return Generate.pick(java.util.List.of(
        List.of(ProviderDeliveryForm.IN_KIND),
        List.of(ProviderDeliveryForm.PERSONAL_BUDGET),
        List.of(ProviderDeliveryForm.IN_KIND, ProviderDeliveryForm.PERSONAL_BUDGET)));
  }

  /** Valid supervision contacts, with characters a database must keep. */
  public static Gen<SupervisionContact> supervisionContacts() {
    return Generate.pick(java.util.List.of("Anne de Vries", "Jan-Willem 't Hooft", "Özlem Yılmaz", "Ma & Pa Zorg"))
        .zip(Generate.pick(java.util.List.of("toezicht", "kwaliteit", "info.zorg")),
            integers().between(10_000_000, 99_999_999),
            (name, box, n) -> new SupervisionContact(name + " (fictief)", box + n + "@aanbieder.example", "+31 6 " + n));
  }

  /** Providers with every detail, and now and then one registered before details were recorded (none). */
  public static Gen<Provider> providers() {
    return rs -> {
      boolean legacy = integers().between(0, 4).generate(rs) == 0;
      Provider p = Provider.builder()
          .agb(SharedGen.agbCodes().generate(rs))
          .name(providerNames().generate(rs))
          .chamberOfCommerce(legacy ? Option.none() : Option.some(chamberOfCommerceNumbers().generate(rs)))
          .deliveryForms(deliveryForms().generate(rs))
          .supervisionContact(legacy ? Option.none() : Option.some(supervisionContacts().generate(rs)))
          .build();
      return p;
    };
  }

  // --- admission

  /** A checklist: some of the reference conditions, sometimes an optional extra one. */
  public static Gen<io.vavr.collection.Seq<AdmissionCondition>> checklists() {
    return rs -> {
      List<AdmissionCondition> reference = List.ofAll(OpenHouseTerms.reference().checklist());
      List<AdmissionCondition> chosen = reference.filter(c -> Generate.booleans().generate(rs));
      return Generate.booleans().generate(rs)
          ? chosen.append(AdmissionCondition.optional(ConditionCode.of("ANNUAL_REPORT"), "Annual report (fictief)"))
          : chosen;
    };
  }

  /** Evidence for {@code condition} around {@code period}: sometimes without expiry. */
  public static Gen<Evidence> evidenceFor(ConditionCode condition, DateRange period) {
    return rs -> {
      LocalDate from = dateAround(period).generate(rs).minusDays(integers().between(0, 400).generate(rs));
      Option<LocalDate> expires = integers().between(0, 4).generate(rs) == 0
          ? Option.none()
          : Option.some(from.plusDays(integers().between(0, 900).generate(rs)));
      return new Evidence(condition, "DOC-" + integers().between(1, 99_999).generate(rs) + " (fictief)", from, expires,
          from.minusDays(integers().between(0, 30).generate(rs)));
    };
  }

  // --- lots, tariffs, claim moments

  public static Gen<ClaimMoments> claimMoments() {
    return Generate.oneOf(
        Generate.enumValues(ClaimPeriod.class).map(ClaimMoments::perPeriod),
        Generate.constant(ClaimMoments.endOfTrajectory()),
        lists().of(Generate.pick(java.util.List.of("Intake", "Plan van aanpak", "Tussenevaluatie", "Afronding", "Nazorg")))
            .ofSizeBetween(1, 5).map(names -> ClaimMoments.perMilestone(List.ofAll(names).distinct())));
  }

  /** Indexation rates, mostly plausible (-2%..+8%), now and then extreme. */
  public static Gen<IndexationRate> indexationRates() {
    return Generate.oneOf(
        integers().between(-200, 800),
        integers().between(IndexationRate.MIN_BASIS_POINTS, IndexationRate.MAX_BASIS_POINTS))
        .map(IndexationRate::ofBasisPoints);
  }

  /**
   * Lots inside {@code period} with tariff periods of their own (none, one, or several with gaps,
   * as setting and indexing tariffs leave them) and, now and then, claim moments.
   */
  public static Gen<Lot> richLotsWithin(DateRange period) {
    return rs -> {
      Lot lot = lotsWithin(period).generate(rs);
      int changes = integers().between(0, 3).generate(rs);
      for (int i = 0; i < changes; i++) {
        LocalDate from = dateIn(lot.validity()).generate(rs);
        lot = Generate.booleans().generate(rs) || lot.tariffOn(from).isEmpty()
            ? lot.withTariffFrom(from, Money.ofCents(longs().between(0, 150_00).generate(rs)))
            : lot.indexedFrom(from, indexationRates().generate(rs));
      }
      if (integers().between(0, 3).generate(rs) == 0) {
        lot = lot.withClaimMoments(Option.some(claimMoments().generate(rs)));
      }
      return lot;
    };
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

  /** Contracts of {@code provider} in every status, with lots, client stops and their requests, evidence. */
  public static Gen<Contract> contractsOf(Gen<AgbCode> provider) {
    return contractsOf(provider, true);
  }

  private static Gen<Contract> contractsOf(Gen<AgbCode> provider, boolean mayTerminate) {
    return rs -> {
      DateRange period = periods().generate(rs);
      ContractId id = ids().generate(rs);
      io.vavr.collection.Seq<AdmissionCondition> checklist = checklists().generate(rs);
      boolean applied = integers().between(0, 2).generate(rs) == 0;
      Contract contract = Contract.builder().id(id).provider(provider.generate(rs)).period(period).conditions(checklist)
          .status(applied ? nl.wmokader.core.contracting.domain.ContractStatus.APPLIED
              : nl.wmokader.core.contracting.domain.ContractStatus.ACTIVE)
          .build();
      int lots = integers().between(0, 6).generate(rs);
      for (int i = 0; i < lots; i++) {
        contract = contract.addLot(richLotsWithin(period).generate(rs)).getOrElse(contract);
      }
      for (AdmissionCondition condition : checklist) {
        int given = integers().between(0, 2).generate(rs);
        for (int i = 0; i < given; i++) {
          contract = contract.submitEvidence(evidenceFor(condition.code(), period).generate(rs)).getOrElse(contract);
        }
      }
      if (applied && Generate.booleans().generate(rs)) {
        LocalDate on = dateAround(period).generate(rs);
        contract = contract.admit(on).getOrElse(contract);
        if (Generate.booleans().generate(rs)) {
          contract = contract.activate().getOrElse(contract);
        }
      }
      int stops = integers().between(0, 3).generate(rs);
      for (int i = 0; i < stops; i++) {
        contract = contract.imposeClientStop(clientStopsAround(period).generate(rs), LONG_AGO).getOrElse(contract);
      }
      int requests = integers().between(0, 2).generate(rs);
      for (int i = 0; i < requests; i++) {
        ClientStopRequestId requestId = new ClientStopRequestId(new UUID(longs().all().generate(rs), i));
        contract = contract.requestClientStop(ClientStopRequest.pending(requestId, rangesAround(period).generate(rs),
            "Personeelstekort (fictief)", LONG_AGO), LONG_AGO).getOrElse(contract);
        int decision = integers().between(0, 2).generate(rs);
        if (decision > 0) {
          contract = contract.decideOnClientStopRequest(requestId, decision == 1, LONG_AGO.plusDays(1)).getOrElse(contract);
        }
      }
      if (Generate.booleans().generate(rs)) {
        contract = contract.setWaitingTimeNorm(new WaitingTimeNorm(integers().between(1, 365).generate(rs))).getOrElse(contract);
      }
      if (integers().between(0, 3).generate(rs) == 0) {
        contract = contract.suspend(reasons().generate(rs), dateAround(period).generate(rs)).getOrElse(contract);
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

  /** Contracts that are not terminated (in any other status). */
  public static Gen<Contract> nonTerminatedContracts() {
    return contractsOf(fewProviders(), false);
  }

  public static Gen<Contract> terminatedContracts() {
    return contracts().flatMap(c -> c.terminatedFrom().isDefined()
        ? Generate.constant(c)
        : dateIn(c.period()).map(from -> c.terminate(from, LONG_AGO).get()));
  }
}
