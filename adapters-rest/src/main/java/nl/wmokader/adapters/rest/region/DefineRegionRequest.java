package nl.wmokader.adapters.rest.region;

import io.vavr.collection.List;
import io.vavr.control.Either;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.region.domain.Member;
import nl.wmokader.core.region.port.in.DefineRegionCommand;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.MunicipalityCode;

/** The body of {@code PUT /api/v1/region}: the name and all members. */
public record DefineRegionRequest(String name, java.util.List<MemberRequest> members) implements ApiRequest<DefineRegionCommand> {

  /** One member: {@code code} (4-digit CBS), {@code name}, {@code central}. */
  public record MemberRequest(String code, String name, Boolean central) {}

  @Override
  public Either<DomainError, DefineRegionCommand> toCommand() {
    FieldChecks check = new FieldChecks();
    String regionName = check.presentText("name", name);
    List<Member> parsed = List.empty();
    if (members != null && members.isEmpty()) {
      check.add("members", "required", "at least one member");
    } else if (check.present("members", members) != null) {
      for (int i = 0; i < members.size(); i++) {
        String at = "members[" + i + "]";
        MemberRequest m = check.present(at, members.get(i));
        if (m == null) {
          continue;
        }
        MunicipalityCode code = check.valid(MunicipalityCode.validate(at + ".code", m.code()));
        String memberName = check.presentText(at + ".name", m.name());
        Boolean central = check.present(at + ".central", m.central());
        if (code != null && memberName != null && central != null) {
          parsed = parsed.append(new Member(code, memberName.strip(), central));
        }
      }
    }
    List<Member> all = parsed;
    return check.resultFrom(() -> new DefineRegionCommand(regionName, all));
  }
}
