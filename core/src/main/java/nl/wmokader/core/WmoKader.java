package nl.wmokader.core;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import nl.wmokader.core.catalogue.application.ManageCatalogueService;
import nl.wmokader.core.catalogue.application.ReadCatalogueService;
import nl.wmokader.core.catalogue.port.in.DefineProductUseCase;
import nl.wmokader.core.catalogue.port.in.FindProductUseCase;
import nl.wmokader.core.catalogue.port.in.FindReferenceTariffUseCase;
import nl.wmokader.core.catalogue.port.in.GetProductUseCase;
import nl.wmokader.core.catalogue.port.in.ListProductsUseCase;
import nl.wmokader.core.catalogue.port.in.ReviseProductUseCase;
import nl.wmokader.core.catalogue.port.in.SetReferenceTariffUseCase;
import nl.wmokader.core.catalogue.port.out.ProductRepository;
import nl.wmokader.core.region.application.RegionServices;
import nl.wmokader.core.region.port.in.DefineRegionUseCase;
import nl.wmokader.core.region.port.in.GetRegionUseCase;
import nl.wmokader.core.region.port.in.RecordInhabitantsUseCase;
import nl.wmokader.core.region.port.out.RegionRepository;
import nl.wmokader.core.shared.IdGenerator;
import nl.wmokader.core.shared.WorkingDayCalendar;

/**
 * The library's facade: every use case, wired from the driven ports, clock and identifier
 * generator given to its {@link Builder}. Thread-safe when the ports are.
 *
 * <pre>{@code
 * WmoKader wmo = WmoKader.builder()
 *     .regions(new JdbcRegionRepository(dataSource))   // … one call per driven port
 *     .clock(Clock.system(ZoneId.of("Europe/Amsterdam")))
 *     .ids(UUID::randomUUID)
 *     .build();
 * wmo.getRegion().getRegion(Actor.region());
 * }</pre>
 */
public final class WmoKader {

  private final RegionServices region;
  private final ManageCatalogueService manageCatalogue;
  private final ReadCatalogueService readCatalogue;

  private WmoKader(Builder b) {
    this.region = new RegionServices(b.regions);
    this.manageCatalogue = new ManageCatalogueService(b.products, region);
    this.readCatalogue = new ReadCatalogueService(b.products, b.clock);
  }

  public static Builder builder() {
    return new Builder();
  }

  // region

  public DefineRegionUseCase defineRegion() {
    return region;
  }

  public RecordInhabitantsUseCase recordInhabitants() {
    return region;
  }

  public GetRegionUseCase getRegion() {
    return region;
  }

  // catalogue

  public DefineProductUseCase defineProduct() {
    return manageCatalogue;
  }

  public ReviseProductUseCase reviseProduct() {
    return manageCatalogue;
  }

  public SetReferenceTariffUseCase setReferenceTariff() {
    return manageCatalogue;
  }

  public FindProductUseCase findProduct() {
    return readCatalogue;
  }

  public FindReferenceTariffUseCase findReferenceTariff() {
    return readCatalogue;
  }

  public GetProductUseCase getProduct() {
    return readCatalogue;
  }

  public ListProductsUseCase listProducts() {
    return readCatalogue;
  }

  /** Collects the driven ports; {@link #build()} refuses to start with one missing. */
  public static final class Builder {
    private RegionRepository regions;
    private ProductRepository products;
    private Clock clock;
    private IdGenerator ids;
    private WorkingDayCalendar calendar = WorkingDayCalendar.generalTermsAct();

    private Builder() {}

    public Builder regions(RegionRepository regions) {
      this.regions = regions;
      return this;
    }

    public Builder products(ProductRepository products) {
      this.products = products;
      return this;
    }

    /** "Today" for every use case: {@code LocalDate.now(clock)} in the clock's zone. */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /** Where new identifiers come from, e.g. {@code UUID::randomUUID}. */
    public Builder ids(IdGenerator ids) {
      this.ids = ids;
      return this;
    }

    /** The working-day calendar of legal terms; the General Time Limits Act by default. */
    public Builder calendar(WorkingDayCalendar calendar) {
      this.calendar = calendar;
      return this;
    }

    public WmoKader build() {
      requireNonNull(regions, "regions: a RegionRepository is required");
      requireNonNull(products, "products: a ProductRepository is required");
      requireNonNull(clock, "clock is required");
      requireNonNull(ids, "ids: an IdGenerator is required");
      requireNonNull(calendar, "calendar is required");
      return new WmoKader(this);
    }
  }
}
