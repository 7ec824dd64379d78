package nl.wmokader.core.supervision.port.in;

import io.vavr.control.Either;
import java.util.function.Function;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.supervision.domain.Finding;
import nl.wmokader.core.supervision.domain.InvestigationId;
import nl.wmokader.core.supervision.domain.Verdict;

/**
 * The verdict on one norm of the quality framework; a second finding on a norm revises the first.
 * Made from raw values by {@link #read}; {@link #finding} is the second round the use case applies
 * after access.
 */
public record RecordFindingCommand(InvestigationId investigation, String normCode, String normName, Verdict verdict,
                                   String note) {

  /** The most characters of a norm's code and of its name. */
  public static final int MAX_NORM_LENGTH = 200;
  /** The most characters of a note. */
  public static final int MAX_NOTE_LENGTH = 4_000;

  /**
   * The command on the investigation the caller names (REST: in the path), or every missing field;
   * an absent note is an empty one.
   */
  public static Either<DomainError, Function<InvestigationId, RecordFindingCommand>> read(
      String normCode, String normName, Verdict verdict, String note) {
    FieldChecks check = new FieldChecks();
    check.presentText("normCode", normCode);
    check.presentText("normName", normName);
    check.present("verdict", verdict);
    String remark = note == null ? "" : note;
    return check.resultFrom(() -> id -> new RecordFindingCommand(id, normCode, normName, verdict, remark));
  }

  /** The finding this command records, or every missing field and every text over its length. */
  public Either<DomainError, Finding> finding() {
    FieldChecks fields = new FieldChecks();
    fields.required("investigation", investigation);
    Texts.check(fields, "normCode", normCode, MAX_NORM_LENGTH);
    Texts.check(fields, "normName", normName, MAX_NORM_LENGTH);
    fields.required("verdict", verdict);
    if (fields.required("note", note)) {
      fields.check(note.length() <= MAX_NOTE_LENGTH, "note", "too_long",
          "must be at most " + MAX_NOTE_LENGTH + " characters");
    }
    return fields.resultFrom(() -> new Finding(normCode, normName, verdict, note));
  }
}
