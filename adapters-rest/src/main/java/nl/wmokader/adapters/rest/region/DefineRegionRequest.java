package nl.wmokader.adapters.rest.region;

import io.vavr.collection.List;
import io.vavr.control.Either;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.region.port.in.DefineRegionCommand;
import nl.wmokader.core.shared.DomainError;

/** The body of {@code PUT /api/v1/region}: the name and all members. */
public record DefineRegionRequest(String name, java.util.List<DefineRegionCommand.MemberInput> members)
    implements ApiRequest<DefineRegionCommand> {

  @Override
  public Either<DomainError, DefineRegionCommand> toCommand() {
    return DefineRegionCommand.read(name, members == null ? null : List.ofAll(members));
  }
}
