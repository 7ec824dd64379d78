package nl.wmokader.adapters.rest.region;

import io.vavr.collection.List;
import io.vavr.control.Either;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.adapters.rest.FieldCheck;
import nl.wmokader.core.region.domain.Member;
import nl.wmokader.core.region.port.in.DefineRegionCommand;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.MunicipalityCode;

/** The body of {@code PUT /api/v1/region}: the name and all members. */
public record DefineRegionRequest(String name, java.util.List<MemberRequest> members) implements ApiRequest<DefineRegionCommand> {

  /** One member: {@code code} (4-digit CBS), {@code name}, {@code central}. */
  public record MemberRequest(String code, String name, Boolean central) {}

  @Override
  public Either<DomainError, DefineRegionCommand> toCommand() {
    FieldCheck check = new FieldCheck();
    String regionName = check.requiredText("name", name);
    List<Member> parsed = List.empty();
    if (members != null && members.isEmpty()) {
      check.error("members", "required", "at least one member");
    } else if (check.required("members", members) != null) {
      for (int i = 0; i < members.size(); i++) {
        String at = "members[" + i + "]";
        MemberRequest m = check.required(at, members.get(i));
        if (m == null) {
          continue;
        }
        MunicipalityCode code = check.valid(MunicipalityCode.validate(at + ".code", m.code()));
        String memberName = check.requiredText(at + ".name", m.name());
        Boolean central = check.required(at + ".central", m.central());
        if (code != null && memberName != null && central != null) {
          parsed = parsed.append(new Member(code, memberName.strip(), central));
        }
      }
    }
    List<Member> all = parsed;
    return check.result(() -> new DefineRegionCommand(regionName, all));
  }
}
