package nl.wmokader.examples.demo;

import static nl.wmokader.examples.demo.DemoCatalogue.DAY_BASIC;
import static nl.wmokader.examples.demo.DemoCatalogue.DAY_INTENSIVE;
import static nl.wmokader.examples.demo.DemoCatalogue.DAY_YOUNG_ADULTS;
import static nl.wmokader.examples.demo.DemoCatalogue.GUIDANCE_INDIVIDUAL;
import static nl.wmokader.examples.demo.DemoCatalogue.GUIDANCE_SPECIALIST;
import static nl.wmokader.examples.demo.DemoCatalogue.HOUSEHOLD;
import static nl.wmokader.examples.demo.DemoCatalogue.HOUSEHOLD_PLUS;
import static nl.wmokader.examples.demo.DemoCatalogue.PERSONAL_CARE_BASIC;
import static nl.wmokader.examples.demo.DemoCatalogue.SHELTERED_AT_HOME;
import static nl.wmokader.examples.demo.DemoCatalogue.SHELTERED_RESIDENTIAL;
import static nl.wmokader.examples.demo.DemoCatalogue.WHEELCHAIR_ELECTRIC;
import static nl.wmokader.examples.demo.DemoCatalogue.WHEELCHAIR_MANUAL;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.Money;

/**
 * The demo providers: invented names marked "(fictief)", AGB codes 98000001..98000015 and Chamber
 * of Commerce numbers 99000001..99000015 (no real provider). The first twelve went through
 * open-house admission for the procurement period 2026-2028 and hold active contracts with lots of
 * the products they deliver (a few lots at an own tariff below the reference tariff, one of them
 * indexed from 2027); two more have only applied for that period, and one more ({@link #IDLE},
 * AGB code 98000015) is contracted but never gets a client.
 */
public final class DemoProviders {
  /** The procurement plan period 2026-2028 of the reference region. */
  public static final DateRange CONTRACT_PERIOD = DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31));

  /** A lot: a product at the reference tariff (none) or an own tariff in cents. */
  public record DemoLot(ProductCode product, Option<Money> ownTariff) {}

  /** A provider and the lots of its contract. */
  public record DemoProvider(AgbCode agb, String name, List<DemoLot> lots) {
    public boolean delivers(ProductCode product) {
      return lots.exists(l -> l.product().equals(product));
    }
  }

  /** Every demo provider, by AGB code. */
  public static final List<DemoProvider> PROVIDERS = List.of(
      provider(1, "Zorggroep De Maasoever (fictief)", ref(HOUSEHOLD), ref(HOUSEHOLD_PLUS), ref(PERSONAL_CARE_BASIC)),
      provider(2, "Thuiszorg Het Peelland (fictief)", own(HOUSEHOLD, 34_80), ref(HOUSEHOLD_PLUS), ref(PERSONAL_CARE_BASIC)),
      provider(3, "Begeleiding Aan de Aa (fictief)", ref(GUIDANCE_INDIVIDUAL), ref(GUIDANCE_SPECIALIST)),
      provider(4, "Stichting Samen Verder (fictief)", ref(GUIDANCE_INDIVIDUAL), ref(GUIDANCE_SPECIALIST), ref(DAY_BASIC)),
      provider(5, "Dagbesteding De Werkplaats (fictief)", ref(DAY_BASIC), ref(DAY_INTENSIVE), ref(DAY_YOUNG_ADULTS)),
      provider(6, "Zorgboerderij De Klaproos (fictief)", own(DAY_BASIC, 44_00), ref(DAY_INTENSIVE)),
      provider(7, "Hulpmiddelencentrum Brabant Mobiel (fictief)", ref(WHEELCHAIR_MANUAL), ref(WHEELCHAIR_ELECTRIC)),
      provider(8, "Beschermd Wonen De Overlaat (fictief)", ref(SHELTERED_RESIDENTIAL), ref(SHELTERED_AT_HOME)),
      provider(9, "Thuisbegeleiding Het Land (fictief)", ref(GUIDANCE_INDIVIDUAL), ref(PERSONAL_CARE_BASIC),
          ref(SHELTERED_AT_HOME)),
      provider(10, "Huishoudelijke Hulp De Horst (fictief)", ref(HOUSEHOLD), own(HOUSEHOLD_PLUS, 40_50)),
      provider(11, "Jongerenwerk De Brug (fictief)", ref(GUIDANCE_INDIVIDUAL), ref(DAY_YOUNG_ADULTS)),
      provider(12, "Zorgcooperatie Het Dorpshart (fictief)", ref(HOUSEHOLD), ref(PERSONAL_CARE_BASIC), ref(DAY_BASIC)));

  /** The provider that asks for a client stop while it lacks staff (the region consents at the end of seeding). */
  public static final AgbCode CLIENT_STOP = agb(12);

  /** The provider whose contract is suspended on quality signals at the end of seeding. */
  public static final AgbCode SUSPENDED = agb(11);

  /** The provider whose insurance evidence expires three weeks after the demo day (the evidence report shows it). */
  public static final AgbCode EXPIRING_INSURANCE = agb(3);

  /** The own tariff indexed by 3.2% from 2027-01-01 (provider 2's household help). */
  public static final AgbCode INDEXED = agb(2);

  /**
   * Providers that applied for 2026-2028 shortly before the demo day and wait for admission: the
   * first with all evidence given, the second still missing its certificate of conduct.
   */
  public static final List<DemoProvider> APPLICANTS = List.of(
      provider(13, "Thuiszorg Nieuw Begin (fictief)", ref(HOUSEHOLD), ref(PERSONAL_CARE_BASIC)),
      provider(14, "Begeleiding De Startlijn (fictief)", ref(GUIDANCE_INDIVIDUAL)));

  /**
   * A provider admitted for 2026-2028 like the first twelve, with a lot of manual wheelchairs, to
   * which no client is ever assigned: its active contract is dormant from 2027-01-01 (twelve months
   * after the period started), so the list of dormant contracts shows it. Not in {@link #PROVIDERS}:
   * no case plans assign it, and it has no turnover.
   */
  public static final DemoProvider IDLE = provider(15, "Rolstoelservice De Stille Hoek (fictief)", ref(WHEELCHAIR_MANUAL));

  /** The applicant without a certificate of conduct. */
  public static final AgbCode INCOMPLETE_APPLICANT = agb(14);

  private DemoProviders() {}

  /** The demo providers with a lot of {@code product}, in AGB order. */
  public static List<DemoProvider> delivering(ProductCode product) {
    return PROVIDERS.filter(p -> p.delivers(product));
  }

  public static AgbCode agb(int n) {
    return AgbCode.of(String.format("980000%02d", n));
  }

  /** The fictional Chamber of Commerce number of demo provider {@code agb}. */
  public static String chamberOfCommerce(AgbCode agb) {
    return "99" + agb.value().substring(2);
  }

  private static DemoProvider provider(int n, String name, DemoLot... lots) {
    return new DemoProvider(agb(n), name, List.of(lots));
  }

  private static DemoLot ref(ProductCode product) {
    return new DemoLot(product, Option.none());
  }

  private static DemoLot own(ProductCode product, long cents) {
    return new DemoLot(product, Option.some(Money.ofCents(cents)));
  }
}
