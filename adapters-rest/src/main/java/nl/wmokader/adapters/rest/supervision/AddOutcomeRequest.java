package nl.wmokader.adapters.rest.supervision;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.supervision.domain.InvestigationId;
import nl.wmokader.core.supervision.domain.Outcome;
import nl.wmokader.core.supervision.port.in.AddOutcomeCommand;

/**
 * The body of {@code POST /api/v1/investigations/{investigationId}/outcomes}: one outcome, its kind
 * in {@code type}, with exactly the fields of that kind (any other present field is {@code
 * not_allowed}): {@code NO_FINDINGS}; {@code IMPROVEMENT_POINT}, {@code INSTRUCTION}
 * (description, deadline); {@code CLIENT_STOP}, {@code CONTRACT_SUSPENSION} (from, optional until);
 * {@code CONTRACT_TERMINATION} (from); {@code RECOVERY} (parts: municipality and amountCents);
 * {@code FRAUD_REPORT} (reportedTo).
 */
public record AddOutcomeRequest(String type, String description, LocalDate deadline, LocalDate from, LocalDate until,
                                java.util.List<PartRequest> parts, String reportedTo)
    implements ApiRequest<Function<InvestigationId, AddOutcomeCommand>> {

  /** What a recovery takes back in one member's settlement. */
  public record PartRequest(String municipality, Long amountCents) {}

  private static final Map<String, java.util.List<String>> FIELDS = Map.of(
      "NO_FINDINGS", java.util.List.of(),
      "IMPROVEMENT_POINT", java.util.List.of("description", "deadline"),
      "INSTRUCTION", java.util.List.of("description", "deadline"),
      "CLIENT_STOP", java.util.List.of("from", "until"),
      "CONTRACT_SUSPENSION", java.util.List.of("from", "until"),
      "CONTRACT_TERMINATION", java.util.List.of("from"),
      "RECOVERY", java.util.List.of("parts"),
      "FRAUD_REPORT", java.util.List.of("reportedTo"));

  @Override
  public Either<DomainError, Function<InvestigationId, AddOutcomeCommand>> toCommand() {
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
        String text = SupervisionParams.text(check, "description", description, true);
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
      case "RECOVERY" -> recovery(check);
      case "FRAUD_REPORT" -> {
        String to = SupervisionParams.text(check, "reportedTo", reportedTo, true);
        yield to == null ? null : new Outcome.FraudReport(to);
      }
      default -> new Outcome.NoFindings();
    };
    return check.resultFrom(() -> id -> new AddOutcomeCommand(id, outcome));
  }

  private Outcome recovery(FieldChecks check) {
    if (check.present("parts", parts) == null) {
      return null;
    }
    List<Outcome.Recovery.Part> result = List.empty();
    for (int i = 0; i < parts.size(); i++) {
      PartRequest part = parts.get(i);
      if (part == null) {
        check.add("parts[" + i + "]", "required", "is required");
        continue;
      }
      MunicipalityCode member = check.valid(MunicipalityCode.validate("parts[" + i + "].municipality", part.municipality()));
      Long cents = check.present("parts[" + i + "].amountCents", part.amountCents());
      if (member != null && cents != null) {
        result = result.append(new Outcome.Recovery.Part(member, Money.ofCents(cents)));
      }
    }
    return new Outcome.Recovery(result);
  }
}
