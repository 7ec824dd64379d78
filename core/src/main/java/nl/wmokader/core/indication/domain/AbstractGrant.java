package nl.wmokader.core.indication.domain;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.DomainStyle;
import org.immutables.value.Value;

/**
 * What a granting decision (toekenning) grants: a provision of a product category (and usually a
 * product), in kind or as a personal budget, a volume, a validity, and the results to reach with
 * the date they are evaluated (result-oriented indication).
 */
@Value.Immutable
@DomainStyle
public abstract class AbstractGrant {

  public abstract ProductCategory category();

  /** The product; none when only the category is granted (an aspecific or generic assignment follows). */
  public abstract Option<ProductCode> product();

  public abstract DeliveryForm form();

  public abstract Volume volume();

  public abstract DateRange validity();

  /** The results to reach (resultaten), in the decision's words. */
  public abstract Seq<String> goals();

  public abstract LocalDate evaluationDate();

  @Value.Check
  void check() {
    if (volume().frequency() == Frequency.PER_WEEK && validity().isOpenEnded()) {
      throw new IllegalStateException("a weekly volume needs an end date");
    }
  }
}
