package nl.wmokader.core.catalogue;

import nl.wmokader.core.catalogue.application.ManageCatalogueService;
import nl.wmokader.core.catalogue.application.ReadCatalogueService;
import nl.wmokader.core.catalogue.port.in.DefineProductUseCase;
import nl.wmokader.core.catalogue.port.in.FindProductUseCase;
import nl.wmokader.core.catalogue.port.in.FindProductsUseCase;
import nl.wmokader.core.catalogue.port.in.FindReferenceTariffUseCase;
import nl.wmokader.core.catalogue.port.in.GetProductUseCase;
import nl.wmokader.core.catalogue.port.in.ListProductsUseCase;
import nl.wmokader.core.catalogue.port.in.ReviseProductUseCase;
import nl.wmokader.core.catalogue.port.in.SetReferenceTariffUseCase;
import nl.wmokader.core.catalogue.port.out.ProductRepository;
import nl.wmokader.core.region.RegionModule;
import nl.wmokader.core.shared.Environment;

/** The catalogue subdomain's use cases, composed from its store and the region's use cases. */
public final class CatalogueModule {

  private final ManageCatalogueService manageCatalogue;
  private final ReadCatalogueService readCatalogue;

  public CatalogueModule(ProductRepository products, RegionModule region, Environment environment) {
    this.manageCatalogue = new ManageCatalogueService(products, region.getRegion(), environment.access());
    this.readCatalogue = new ReadCatalogueService(products, environment.clock(), environment.access());
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

  public FindProductsUseCase findProducts() {
    return readCatalogue;
  }
}
