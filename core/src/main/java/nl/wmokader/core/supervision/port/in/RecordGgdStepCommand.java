package nl.wmokader.core.supervision.port.in;

import io.vavr.control.Either;
import java.util.function.Function;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.supervision.domain.Calamity;
import nl.wmokader.core.supervision.domain.CalamityId;

/**
 * Records {@code step} on {@code calamity} today; {@code text} is required to conclude and follow
 * up, absent to start. Made from raw values by {@link #read}; {@link #validated} is the second
 * round the use case applies after access.
 */
public record RecordGgdStepCommand(CalamityId calamity, GgdStep step, String text) {

  /** The command on the calamity the caller names (REST: in the path), or every missing, malformed or {@code not_allowed} field. */
  public static Either<DomainError, Function<CalamityId, RecordGgdStepCommand>> read(GgdStep step, String text) {
    FieldChecks check = new FieldChecks();
    check.present("step", step);
    if (step == GgdStep.START) {
      if (text != null) {
        check.add("text", "not_allowed", "the GGD's start has no text");
      }
    } else if (step != null) {
      Texts.sent(check, "text", text);
    }
    return check.resultFrom(() -> calamity -> new RecordGgdStepCommand(calamity, step, text));
  }

  /** This command when it names a calamity and a step, with a text of at most 4,000 characters exactly when the step has one. */
  public Either<DomainError, RecordGgdStepCommand> validated() {
    FieldChecks fields = new FieldChecks();
    fields.required("calamity", calamity);
    if (fields.required("step", step)) {
      if (step == GgdStep.START) {
        fields.check(text == null, "text", "not_allowed", "is given only to conclude or follow up");
      } else {
        Texts.check(fields, "text", text, Calamity.MAX_TEXT_LENGTH);
      }
    }
    return fields.result(this);
  }
}
