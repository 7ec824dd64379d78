package nl.wmokader.core.obligations.domain;

import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainStyle;
import org.immutables.value.Value;

/**
 * A provider's declaration that it complied with the regional quality framework (kwaliteitskader)
 * in a year. One per provider and year: declaring again replaces the statement and the date.
 */
@Value.Immutable
@DomainStyle
public abstract class AbstractQualityDeclaration {

  /** The longest statement stored. */
  public static final int MAX_STATEMENT_LENGTH = 500;

  public abstract AgbCode provider();

  public abstract int year();

  /** The provider's words with the declaration, if any. */
  @Value.Default
  public Option<String> statement() {
    return Option.none();
  }

  /** The day of the (latest) declaration. */
  public abstract LocalDate declaredOn();

  /** Optimistic-locking version: 0 before the first save. */
  @Value.Default
  public long version() {
    return 0;
  }

  @Value.Check
  void check() {
    if (!ObligationTerms.inRange(year())) {
      throw new IllegalStateException("a declaration is about a year from " + ObligationTerms.FIRST_YEAR);
    }
    if (statement().exists(s -> s.isBlank() || s.length() > MAX_STATEMENT_LENGTH)) {
      throw new IllegalStateException("a statement has text of at most " + MAX_STATEMENT_LENGTH + " characters");
    }
  }
}
