package nl.wmokader.adapters.rest.indication;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.UUID;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.indication.domain.AssignmentStatus;
import nl.wmokader.core.indication.domain.IndicationId;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;

/**
 * The body of {@code POST /api/v1/assignments/searches}: every criterion optional, all present ones
 * must hold. The client's BSN is searched for here, in a body, never in a URL.
 */
public record AssignmentSearchRequest(String client, String indication, String provider, AssignmentStatus status)
    implements ApiRequest<AssignmentSearchRequest.Criteria> {

  /** The parsed criteria. */
  record Criteria(Option<Bsn> client, Option<IndicationId> indication, Option<AgbCode> provider,
                  Option<AssignmentStatus> status) {}

  @Override
  public Either<DomainError, Criteria> toCommand() {
    FieldChecks check = new FieldChecks();
    Bsn bsn = client == null ? null : check.valid(Bsn.validate("client", client));
    UUID indicationId = indication == null ? null : check.valid(Params.uuid("indication", indication));
    AgbCode agb = provider == null ? null : check.valid(AgbCode.validate("provider", provider));
    return check.resultFrom(() -> new Criteria(Option.of(bsn), Option.of(indicationId).map(IndicationId::new),
        Option.of(agb), Option.of(status)));
  }
}
