package nl.wmokader.adapters.rest.indication;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.UUID;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.indication.domain.AssignmentType;
import nl.wmokader.core.indication.domain.IndicationId;
import nl.wmokader.core.indication.domain.Volume;
import nl.wmokader.core.indication.port.in.IssueAssignmentCommand;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;

/**
 * The body of {@code POST /api/v1/assignments}. {@code product} and {@code volume} are optional here;
 * which assignment type needs or forbids them is the core's rule. Without {@code end} the assignment
 * is open-ended.
 */
public record IssueAssignmentRequest(String indication, String provider, AssignmentType type, String product,
                                     VolumeRequest volume, LocalDate start, LocalDate end)
    implements ApiRequest<IssueAssignmentCommand> {

  @Override
  public Either<DomainError, IssueAssignmentCommand> toCommand() {
    FieldChecks check = new FieldChecks();
    UUID indicationId = check.valid(Params.uuid("indication", indication));
    AgbCode agb = check.valid(AgbCode.validate("provider", provider));
    AssignmentType assignmentType = check.present("type", type);
    ProductCode productCode = product == null ? null : check.valid(ProductCode.validate("product", product));
    Volume parsedVolume = volume == null ? null : volume.toVolume(check, "volume");
    LocalDate from = check.present("start", start);
    if (from != null && end != null && end.isBefore(from)) {
      check.add("end", "before_start", "must not lie before start");
    }
    return check.resultFrom(() -> new IssueAssignmentCommand(new IndicationId(indicationId), agb, assignmentType,
        Option.of(productCode), Option.of(parsedVolume), from, Option.of(end)));
  }
}
