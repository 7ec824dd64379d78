package nl.wmokader.core.settlement.port.in;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Array;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.YearMonth;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.indication.domain.AssignmentNumber;
import nl.wmokader.core.settlement.domain.ClaimLine;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.FieldError;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * A claim for {@code month} to {@code municipality} (iWmo 323), from the provider that submits it:
 * who claims is the actor, never a field. Made from what a message carries by {@link #of}, which
 * answers every field error at once; the constructor holds only valid values and throws on
 * anything else (a programming error, not bad input).
 *
 * <p>What needs the region or the clock (a member of the region, a month or period not in the
 * future) is the use case's to check, not the command's.
 *
 * @param number DeclaratieNummer, unique per provider
 * @param declaredTotal TotaalIngediendBedrag (debits minus credits), when given equal to the lines'
 */
public record SubmitClaimCommand(MunicipalityCode municipality, YearMonth month, String number,
                                 Option<Money> declaredTotal, Seq<ClaimLine> lines) {

  /** The most characters of a claim number. */
  public static final int MAX_NUMBER_LENGTH = 12;

  public SubmitClaimCommand {
    requireNonNull(municipality, "municipality");
    requireNonNull(month, "month");
    requireNonNull(number, "number");
    requireNonNull(declaredTotal, "declaredTotal");
    requireNonNull(lines, "lines");
    if (number.isBlank() || number.length() > MAX_NUMBER_LENGTH) {
      throw new IllegalArgumentException("a claim number has 1 to " + MAX_NUMBER_LENGTH + " characters");
    }
    if (lines.isEmpty() || lines.size() > SubmitClaimUseCase.MAX_LINES) {
      throw new IllegalArgumentException("a claim has 1 to " + SubmitClaimUseCase.MAX_LINES + " lines");
    }
    if (declaredTotal.exists(total -> total.cents() != signedSum(lines))) {
      throw new IllegalArgumentException("the declared total is the lines' debits minus credits");
    }
  }

  /**
   * The claim from raw values, or {@code InvalidInput} naming every bad field: {@link #read}, then
   * {@link Draft#command}. Without the stores it cannot resolve iWmo assignment numbers: a line
   * naming one is refused ({@code assignment_number_unresolved}); give such a claim to the use case
   * as its {@link Draft}, which resolves them.
   */
  public static Either<DomainError, SubmitClaimCommand> of(String municipality, String month, String number,
                                                           Long declaredTotalCents, Seq<ClaimLineInput> lines) {
    return read(municipality, month, number, declaredTotalCents, lines).flatMap(draft -> {
      FieldChecks numbered = new FieldChecks();
      for (int i = 0; i < draft.lines.size(); i++) {
        if (draft.reader.namesNumber(i)) {
          numbered.add("lines[" + i + "].assignment", "assignment_number_unresolved",
              "name the assignment by its UUID, or submit the claim's draft so that the number is resolved");
        }
      }
      return draft.command(numbered.errors());
    });
  }

  /**
   * The first round: every field present and in its form (CBS code, {@code month} as
   * {@code YYYY-MM}, the lines' assignments as UUIDs or iWmo numbers, BSNs with the eleven-test,
   * iWmo codes, a product code on every line), or
   * {@code InvalidInput} naming every field that is not, in these terms: {@code municipality},
   * {@code month}, {@code number}, {@code lines}, {@code lines[3].volume}.
   */
  public static Either<DomainError, Draft> read(String municipality, String month, String number,
                                                Long declaredTotalCents, Seq<ClaimLineInput> lines) {
    FieldChecks formats = new FieldChecks();
    MunicipalityCode addressee = formats.valid(MunicipalityCode.validate("municipality", municipality));
    YearMonth claimMonth = formats.month("month", month);
    formats.requiredText("number", number);
    formats.required("lines", lines);
    Seq<ClaimLineInput> inputs = lines == null ? Array.empty() : lines;
    ClaimLineReader reader = new ClaimLineReader(formats, inputs.size());
    int index = 0;
    for (ClaimLineInput input : inputs) {
      reader.read(index++, input);
    }
    return formats.resultFrom(() -> new Draft(addressee, claimMonth, number, declaredTotalCents, inputs, reader));
  }

  /**
   * A claim whose every field is present and in its form: what the second round (lengths, ranges,
   * periods, the declared total) and the use case (the region, the clock) check together, so that a
   * client hears of both at once.
   */
  public static final class Draft {
    private final MunicipalityCode municipality;
    private final YearMonth month;
    private final String number;
    private final Long declaredTotalCents;
    private final Seq<ClaimLineInput> lines;
    private final ClaimLineReader reader;

    private Draft(MunicipalityCode municipality, YearMonth month, String number, Long declaredTotalCents,
                  Seq<ClaimLineInput> lines, ClaimLineReader reader) {
      this.municipality = municipality;
      this.month = month;
      this.number = number;
      this.declaredTotalCents = declaredTotalCents;
      this.lines = lines;
      this.reader = reader;
    }

    public MunicipalityCode municipality() {
      return municipality;
    }

    public YearMonth month() {
      return month;
    }

    /** The lines as sent: each has its fields, each in its form. */
    public Seq<ClaimLineInput> lines() {
      return lines;
    }

    /** The distinct assignments the lines name by identifier, in their order. */
    public Seq<AssignmentId> assignmentIds() {
      return reader.assignmentIds();
    }

    /** The distinct iWmo assignment numbers (of {@link #municipality()}) the lines name, in their order. */
    public Seq<AssignmentNumber> assignmentNumbers() {
      return reader.assignmentNumbers();
    }

    /**
     * The second round: the command, or {@code InvalidInput} with {@code found} (what the caller
     * found, such as the use case's region and clock) and every length, range and period that does
     * not hold; the declared total is checked only when nothing else is wrong.
     */
    public Either<DomainError, SubmitClaimCommand> command(Seq<FieldError> found) {
      return command(found, Array.empty());
    }

    /**
     * As {@link #command(Seq)}, the lines of {@code known} assignments sharing their identifier and
     * client instances (a store that holds a year of lines in memory keeps one of each). A line
     * naming an iWmo number names the known assignment of {@link #municipality()} with that number;
     * when none is known, an identifier no assignment has, so that it is answered as a line of an
     * unknown assignment (9338).
     */
    public Either<DomainError, SubmitClaimCommand> command(Seq<FieldError> found, Seq<Assignment> known) {
      java.util.Map<AssignmentId, Assignment> byId = new java.util.HashMap<>(known.size() * 2);
      java.util.Map<AssignmentNumber, Assignment> byNumber = new java.util.HashMap<>();
      for (Assignment assignment : known) {
        byId.put(assignment.id(), assignment);
        if (assignment.number().isDefined() && assignment.responsibleMunicipality().equals(municipality)) {
          byNumber.put(assignment.number().get(), assignment);
        }
      }
      FieldChecks rules = new FieldChecks().addAll(found);
      rules.check(number.length() <= MAX_NUMBER_LENGTH, "number", "too_long",
          "must be at most " + MAX_NUMBER_LENGTH + " characters");
      if (lines.isEmpty() || lines.size() > SubmitClaimUseCase.MAX_LINES) {
        rules.add("lines", "size", "must hold 1 to " + SubmitClaimUseCase.MAX_LINES + " lines");
      }
      java.util.List<ClaimLine> valid = new java.util.ArrayList<>(lines.size());
      int index = 0;
      for (ClaimLineInput input : lines) {
        ClaimLine line = reader.rule(index++, input, rules, byId, byNumber, municipality);
        if (line != null) {
          valid.add(line);
        }
      }
      Seq<ClaimLine> made = Array.ofAll(valid);
      if (rules.isEmpty() && declaredTotalCents != null) {
        rules.check(signedSum(made) == declaredTotalCents, "declaredTotalCents", "total_mismatch",
            "must equal the lines' debits minus credits");
      }
      return rules.resultFrom(() -> new SubmitClaimCommand(municipality, month, number,
          Option.of(declaredTotalCents).map(Money::ofCents), made));
    }
  }

  private static long signedSum(Seq<ClaimLine> lines) {
    long sum = 0;
    for (ClaimLine line : lines) {
      sum = Math.addExact(sum, line.signedAmount().cents());
    }
    return sum;
  }
}
