package nl.wmokader.core.obligations.domain;

import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainStyle;
import org.immutables.value.Value;

/**
 * A provider's refusal of a client with an indication (weigering), recorded for the acceptance duty:
 * when, why, and in words where the reason needs them. It names no client: counting refusals needs
 * no personal data, so none is kept, and an explanation must not contain any.
 */
@Value.Immutable
@DomainStyle
public abstract class AbstractRefusal {

  /** The longest explanation stored. */
  public static final int MAX_EXPLANATION_LENGTH = 500;

  public abstract RefusalId id();

  public abstract AgbCode provider();

  /** The day the provider refused. */
  public abstract LocalDate refusedOn();

  public abstract RefusalReason reason();

  /** The reason in words; always present for {@link RefusalReason#OTHER}. */
  @Value.Default
  public Option<String> explanation() {
    return Option.none();
  }

  /** The day the refusal was recorded. */
  public abstract LocalDate recordedOn();

  /** Optimistic-locking version: 0 before the first save. */
  @Value.Default
  public long version() {
    return 0;
  }

  @Value.Check
  void check() {
    if (explanation().exists(e -> e.isBlank() || e.length() > MAX_EXPLANATION_LENGTH)) {
      throw new IllegalStateException("an explanation has text of at most " + MAX_EXPLANATION_LENGTH + " characters");
    }
    if (reason() == RefusalReason.OTHER && explanation().isEmpty()) {
      throw new IllegalStateException("a refusal for another reason explains it");
    }
  }
}
