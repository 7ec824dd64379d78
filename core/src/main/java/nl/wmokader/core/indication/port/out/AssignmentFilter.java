package nl.wmokader.core.indication.port.out;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.AssignmentStatus;
import nl.wmokader.core.indication.domain.IndicationId;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * Which assignments a query wants; every present criterion must hold. {@code municipality} matches
 * the responsible municipality or the one the case is attributed to.
 */
public record AssignmentFilter(Option<MunicipalityCode> municipality, Option<AgbCode> provider,
                               Option<IndicationId> indication, Option<Bsn> client,
                               Option<AssignmentStatus> status) {
  public AssignmentFilter {
    requireNonNull(municipality, "municipality");
    requireNonNull(provider, "provider");
    requireNonNull(indication, "indication");
    requireNonNull(client, "client");
    requireNonNull(status, "status");
  }

  /** Everything. */
  public static AssignmentFilter all() {
    return new AssignmentFilter(Option.none(), Option.none(), Option.none(), Option.none(), Option.none());
  }

  public AssignmentFilter withMunicipality(MunicipalityCode code) {
    return new AssignmentFilter(Option.some(code), provider, indication, client, status);
  }

  public AssignmentFilter withProvider(AgbCode agb) {
    return new AssignmentFilter(municipality, Option.some(agb), indication, client, status);
  }

  public AssignmentFilter withIndication(IndicationId id) {
    return new AssignmentFilter(municipality, provider, Option.some(id), client, status);
  }

  public AssignmentFilter withClient(Bsn bsn) {
    return new AssignmentFilter(municipality, provider, indication, Option.some(bsn), status);
  }

  public AssignmentFilter withStatus(AssignmentStatus s) {
    return new AssignmentFilter(municipality, provider, indication, client, Option.some(s));
  }

  /** The filter as a predicate: what every adapter's query must agree with. */
  public boolean matches(Assignment a) {
    return municipality.forAll(m -> a.responsibleMunicipality().equals(m) || a.attributedTo().contains(m))
        && provider.forAll(a.provider()::equals)
        && indication.forAll(a.indication()::equals)
        && client.forAll(a.client()::equals)
        && status.forAll(s -> a.status() == s);
  }
}
