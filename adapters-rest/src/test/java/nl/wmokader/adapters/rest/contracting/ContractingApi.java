package nl.wmokader.adapters.rest.contracting;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.adapters.rest.RestOptions;
import nl.wmokader.adapters.rest.WmoKaderRoutes;
import nl.wmokader.adapters.rest.testing.TestServer;
import nl.wmokader.core.WmoKader;
import nl.wmokader.core.catalogue.domain.ExecutionVariant;
import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.catalogue.port.in.DefineProductCommand;
import nl.wmokader.core.catalogue.port.in.SetReferenceTariffCommand;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.contracting.domain.Provider;
import nl.wmokader.core.inmemory.InMemoryAdapters;
import nl.wmokader.core.region.domain.Member;
import nl.wmokader.core.region.port.in.DefineRegionCommand;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.PageRequest;
import nl.wmokader.core.testing.MutableClock;
import nl.wmokader.core.testing.SequentialIds;

/**
 * The provider, contract (admission, lifecycle, lots, client stops) and delivery-right routes over
 * fresh in-memory adapters on a random port,
 * today 2025-06-01. The catalogue has guidance 02A01 (reference tariff 6540 cents from 2025-01-01)
 * and household help 01A01 (no reference tariff), both from 2025-01-01, open-ended, and wheelchairs
 * 11A01 (output-based) from the same day.
 */
final class ContractingApi implements AutoCloseable {
  static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
  static final String PROVIDERS = "/api/v1/providers";
  static final String CONTRACTS = "/api/v1/contracts";
  static final String MAASOEVER = "12345678";
  static final String OOST = "87654321";

  /** Maasoever's 2025 contract: guidance at the reference tariff, household help at its own 3000 cents. */
  static final String CONTRACT_2025 = "{\"provider\":\"12345678\",\"from\":\"2025-01-01\",\"until\":\"2025-12-31\",\"lots\":["
      + "{\"product\":\"02A01\",\"from\":\"2025-01-01\",\"until\":\"2025-12-31\"},"
      + "{\"product\":\"01A01\",\"from\":\"2025-01-01\",\"until\":\"2025-12-31\",\"tariffCents\":3000}]}";

  final InMemoryAdapters adapters = new InMemoryAdapters();
  final MutableClock clock = new MutableClock(TODAY);
  final WmoKader wmo = adapters.builder().clock(clock).ids(new SequentialIds()).build();
  final TestServer server;

  /** What is stored, to check that a refused request changed nothing. */
  record Stored(Seq<Provider> providers, Set<Contract> contracts) {}

  ContractingApi() {
    this(TestServer.options());
  }

  ContractingApi(RestOptions options) {
    wmo.region().defineRegion().defineRegion(Actor.region(), new DefineRegionCommand("Regio Noordoost-Brabant", List.of(
        new Member(MunicipalityCode.of("0828"), "Oss", true),
        new Member(MunicipalityCode.of("1721"), "Bernheze", false)))).get();
    product("02A01", ProductCategory.GUIDANCE, "Begeleiding individueel");
    product("01A01", ProductCategory.HOUSEHOLD_HELP, "Huishoudelijke hulp");
    wmo.catalogue().defineProduct().defineProduct(Actor.region(), new DefineProductCommand(ProductCode.of("11A01"),
        ProductCategory.WHEELCHAIRS, "Rolstoel", Unit.PIECE_OUTPUT, ExecutionVariant.OUTPUT_BASED,
        Option.some(Frequency.TOTAL), LocalDate.of(2025, 1, 1), Option.none(), Option.none())).get();
    wmo.catalogue().setReferenceTariff().setReferenceTariff(Actor.region(), new SetReferenceTariffCommand(ProductCode.of("02A01"),
        Money.ofCents(6540), LocalDate.of(2025, 1, 1), Option.none())).get();
    server = TestServer.start(options, WmoKaderRoutes.contracting(wmo.contracting()));
  }

  private void product(String code, ProductCategory category, String name) {
    wmo.catalogue().defineProduct().defineProduct(Actor.region(), new DefineProductCommand(ProductCode.of(code), category, name,
        Unit.HOUR, ExecutionVariant.EFFORT_BASED, Option.some(Frequency.PER_WEEK), LocalDate.of(2025, 1, 1),
        Option.none(), Option.none())).get();
  }

  /** The details a registration needs besides AGB code and name, as JSON members (fictional). */
  static final String DETAILS = "\"chamberOfCommerce\":\"99000001\",\"deliveryForms\":[\"IN_KIND\"],"
      + "\"supervisionContact\":{\"name\":\"Anne de Vries\",\"email\":\"toezicht@aanbieder.example\","
      + "\"phone\":\"+31 412 123456\"}";

  /** A registration body for {@code agb} and {@code name}, with {@link #DETAILS}. */
  static String registration(String agb, String name) {
    return "{\"agbCode\":\"" + agb + "\",\"name\":\"" + name + "\"," + DETAILS + "}";
  }

  /** Registers a provider over HTTP, failing the test unless it is created. */
  ContractingApi registered(String agb, String name) {
    TestServer.Reply reply = server.post(PROVIDERS, "region", registration(agb, name));
    if (reply.status() != 201) {
      throw new IllegalStateException("could not register a provider: " + reply);
    }
    return this;
  }

  /** Two providers, Maasoever and Oost. */
  ContractingApi withProviders() {
    return registered(MAASOEVER, "Zorggroep De Maasoever").registered(OOST, "Thuiszorg Oost");
  }

  /** Contracts over HTTP as region staff and answers the new contract's path. */
  String contracted(String body) {
    TestServer.Reply reply = server.post(CONTRACTS, "region", body);
    if (reply.status() != 201) {
      throw new IllegalStateException("could not contract: " + reply);
    }
    return CONTRACTS + "/" + reply.json().path("id").asText();
  }

  Stored stored() {
    return new Stored(adapters.providers().findAll(new PageRequest(0, PageRequest.MAX_SIZE)).items(),
        adapters.contracts().all().toSet());
  }

  @Override
  public void close() {
    server.close();
  }
}
