package nl.wmokader.core.supervision.port.in;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.util.function.Function;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.supervision.domain.InvestigationId;

/**
 * Records that {@code members} were informed of the outcome today; when absent or empty, the
 * members responsible for the provider's clients (its assignments that were not deleted). Made from
 * raw values by {@link #read}; the use case checks each member against the region.
 */
public record InformMembersCommand(InvestigationId investigation, Seq<MunicipalityCode> members) {

  /**
   * The command on the investigation the caller names (REST: in the path) for the members' CBS
   * codes as sent in {@code municipalities}, or every malformed one ({@code municipalities[1]}).
   */
  public static Either<DomainError, Function<InvestigationId, InformMembersCommand>> read(Seq<String> municipalities) {
    FieldChecks check = new FieldChecks();
    List<MunicipalityCode> members = List.empty();
    if (municipalities != null) {
      int i = 0;
      for (String raw : municipalities) {
        MunicipalityCode m = check.valid(MunicipalityCode.validate("municipalities[" + i++ + "]", raw));
        if (m != null) {
          members = members.append(m);
        }
      }
    }
    List<MunicipalityCode> informed = members;
    return check.resultFrom(() -> id -> new InformMembersCommand(id, informed));
  }
}
