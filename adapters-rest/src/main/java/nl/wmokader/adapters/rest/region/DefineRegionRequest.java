package nl.wmokader.adapters.rest.region;

import io.vavr.collection.List;
import io.vavr.control.Either;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.region.port.in.DefineRegionCommand;
import nl.wmokader.core.shared.DomainError;

/**
 * The body of {@code PUT /api/v1/region}: the name, all members and the {@code version} the change
 * is based on (0 when no region is defined yet; else the version of the last answer), as on the
 * other replaceable resources: a region changed meanwhile is a 409, never overwritten.
 */
public record DefineRegionRequest(String name, java.util.List<DefineRegionCommand.MemberInput> members, Long version)
    implements ApiRequest<DefineRegionCommand> {

  @Override
  public Either<DomainError, DefineRegionCommand> toCommand() {
    return DefineRegionCommand.read(name, members == null ? null : List.ofAll(members), version);
  }
}
