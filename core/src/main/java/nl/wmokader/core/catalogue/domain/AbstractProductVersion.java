package nl.wmokader.core.catalogue.domain;

import io.vavr.control.Option;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.DomainStyle;
import nl.wmokader.core.shared.MunicipalityCode;
import org.immutables.value.Value;

/**
 * One version of a product, valid over a date range: what a decision granted under that version
 * keeps referring to after the product is revised.
 */
@Value.Immutable
@DomainStyle
public abstract class AbstractProductVersion {

  public abstract ProductCode code();

  public abstract ProductCategory category();

  public abstract String name();

  public abstract Unit unit();

  public abstract ExecutionVariant variant();

  public abstract DateRange validity();

  /**
   * The frequency a volume of this product usually has (household help: hours per week), or none
   * when the indication decides it.
   */
  @Value.Default
  public Option<Frequency> frequency() {
    return Option.none();
  }

  /** A member municipality's own product, or none for a regional product. */
  @Value.Default
  public Option<MunicipalityCode> localTo() {
    return Option.none();
  }

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new IllegalStateException("a product version has a name");
    }
  }
}
