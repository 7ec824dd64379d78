package nl.wmokader.core.indication.port.out;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import nl.wmokader.core.indication.domain.AssignmentRequest;
import nl.wmokader.core.indication.domain.AssignmentRequestStatus;
import nl.wmokader.core.indication.domain.ProviderReference;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.MunicipalityCode;

/** Which requests a query matches: every given criterion holds (none: any). */
public record AssignmentRequestFilter(Option<MunicipalityCode> municipality, Option<AgbCode> provider,
                                      Option<AssignmentRequestStatus> status, Option<ProviderReference> reference) {

  public AssignmentRequestFilter {
    requireNonNull(municipality, "municipality");
    requireNonNull(provider, "provider");
    requireNonNull(status, "status");
    requireNonNull(reference, "reference");
  }

  public static AssignmentRequestFilter all() {
    return new AssignmentRequestFilter(Option.none(), Option.none(), Option.none(), Option.none());
  }

  public AssignmentRequestFilter withMunicipality(MunicipalityCode m) {
    return new AssignmentRequestFilter(Option.some(m), provider, status, reference);
  }

  public AssignmentRequestFilter withProvider(AgbCode p) {
    return new AssignmentRequestFilter(municipality, Option.some(p), status, reference);
  }

  public AssignmentRequestFilter withStatus(AssignmentRequestStatus s) {
    return new AssignmentRequestFilter(municipality, provider, Option.some(s), reference);
  }

  public AssignmentRequestFilter withReference(ProviderReference r) {
    return new AssignmentRequestFilter(municipality, provider, status, Option.some(r));
  }

  /** Whether {@code request} matches: how an adapter without a query language filters. */
  public boolean matches(AssignmentRequest request) {
    return municipality.forAll(request.municipality()::equals) && provider.forAll(request.provider()::equals)
        && status.forAll(request.status()::equals) && reference.forAll(request.reference()::equals);
  }
}
