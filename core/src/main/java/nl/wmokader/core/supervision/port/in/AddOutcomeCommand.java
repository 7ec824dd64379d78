package nl.wmokader.core.supervision.port.in;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.supervision.domain.InvestigationId;
import nl.wmokader.core.supervision.domain.Outcome;

/**
 * Adds {@code outcome} to {@code investigation} today. Made from raw values by {@link #read};
 * {@link #validated} is the second round the use case applies after access.
 */
public record AddOutcomeCommand(InvestigationId investigation, Outcome outcome) {

  /** What a recovery takes back in one member's settlement, as sent: a CBS code and euro cents. */
  public record PartInput(String municipality, Long amountCents) {}

  /** The fields each type of outcome takes; any other field given is {@code not_allowed}. */
  private static final Map<String, java.util.List<String>> FIELDS = Map.of(
      "NO_FINDINGS", java.util.List.of(),
      "IMPROVEMENT_POINT", java.util.List.of("description", "deadline"),
      "INSTRUCTION", java.util.List.of("description", "deadline"),
      "CLIENT_STOP", java.util.List.of("from", "until"),
      "CONTRACT_SUSPENSION", java.util.List.of("from", "until"),
      "CONTRACT_TERMINATION", java.util.List.of("from"),
      "RECOVERY", java.util.List.of("parts"),
      "FRAUD_REPORT", java.util.List.of("reportedTo"));

  /**
   * The command on the investigation the caller names (REST: in the path): one outcome, its kind in
   * {@code type}, with exactly the fields of that kind: {@code NO_FINDINGS}; {@code
   * IMPROVEMENT_POINT}, {@code INSTRUCTION} (description, deadline); {@code CLIENT_STOP}, {@code
   * CONTRACT_SUSPENSION} (from, optional until); {@code CONTRACT_TERMINATION} (from); {@code
   * RECOVERY} (parts); {@code FRAUD_REPORT} (reportedTo). Else every missing, malformed or
   * {@code not_allowed} field ({@code parts[1].municipality}); an unknown or absent type alone.
   */
  public static Either<DomainError, Function<InvestigationId, AddOutcomeCommand>> read(
      String type, String description, LocalDate deadline, LocalDate from, LocalDate until, Seq<PartInput> parts,
      String reportedTo) {
    FieldChecks check = new FieldChecks();
    if (check.presentText("type", type) == null) {
      return check.resultFrom(() -> null);
    }
    java.util.List<String> allowed = FIELDS.get(type);
    if (allowed == null) {
      check.add("type", "invalid_value", "must be one of " + new java.util.TreeSet<>(FIELDS.keySet()));
      return check.resultFrom(() -> null);
    }
    Map<String, Object> present = new java.util.LinkedHashMap<>();
    present.put("description", description);
    present.put("deadline", deadline);
    present.put("from", from);
    present.put("until", until);
    present.put("parts", parts);
    present.put("reportedTo", reportedTo);
    present.forEach((field, value) -> {
      if (value != null && !allowed.contains(field)) {
        check.add(field, "not_allowed", "does not belong to an outcome of type " + type);
      }
    });
    Outcome outcome = switch (type) {
      case "IMPROVEMENT_POINT", "INSTRUCTION" -> {
        String text = Texts.sent(check, "description", description);
        check.present("deadline", deadline);
        yield text == null || deadline == null ? null
            : type.equals("INSTRUCTION") ? new Outcome.Instruction(text, deadline)
            : Outcome.ImprovementPoint.open(text, deadline);
      }
      case "CLIENT_STOP" -> check.present("from", from) == null ? null
          : new Outcome.ClientStop(from, Option.of(until));
      case "CONTRACT_SUSPENSION" -> check.present("from", from) == null ? null
          : new Outcome.ContractSuspension(from, Option.of(until));
      case "CONTRACT_TERMINATION" -> check.present("from", from) == null ? null
          : new Outcome.ContractTermination(from);
      case "RECOVERY" -> recovery(check, parts);
      case "FRAUD_REPORT" -> {
        String to = Texts.sent(check, "reportedTo", reportedTo);
        yield to == null ? null : new Outcome.FraudReport(to);
      }
      default -> new Outcome.NoFindings();
    };
    return check.resultFrom(() -> id -> new AddOutcomeCommand(id, outcome));
  }

  private static Outcome recovery(FieldChecks check, Seq<PartInput> parts) {
    if (check.present("parts", parts) == null) {
      return null;
    }
    List<Outcome.Recovery.Part> result = List.empty();
    int i = 0;
    for (PartInput part : parts) {
      String at = "parts[" + i++ + "]";
      if (part == null) {
        check.add(at, "required", "is required");
        continue;
      }
      MunicipalityCode member = check.valid(MunicipalityCode.validate(at + ".municipality", part.municipality()));
      Long cents = check.present(at + ".amountCents", part.amountCents());
      if (member != null && cents != null) {
        result = result.append(new Outcome.Recovery.Part(member, Money.ofCents(cents)));
      }
    }
    return new Outcome.Recovery(result);
  }

  /** This command when it names an investigation and an outcome. */
  public Either<DomainError, AddOutcomeCommand> validated() {
    FieldChecks fields = new FieldChecks();
    fields.required("investigation", investigation);
    fields.required("outcome", outcome);
    return fields.result(this);
  }
}
