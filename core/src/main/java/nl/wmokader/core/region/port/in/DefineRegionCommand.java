package nl.wmokader.core.region.port.in;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import nl.wmokader.core.region.domain.Member;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * The region's name and members (exactly one of them central). Made from raw values by
 * {@link #read} (presence and formats); {@link #validated} is the second round the use case applies
 * after access (one central member, unique codes).
 */
public record DefineRegionCommand(String name, Seq<Member> members) {

  /** One member as sent: {@code code} (4-digit CBS), {@code name}, {@code central}. */
  public record MemberInput(String code, String name, Boolean central) {}

  /** The command from raw values, or every missing or malformed field ({@code members[2].code}). */
  public static Either<DomainError, DefineRegionCommand> read(String name, Seq<MemberInput> members) {
    FieldChecks check = new FieldChecks();
    String regionName = check.presentText("name", name);
    List<Member> parsed = List.empty();
    if (members != null && members.isEmpty()) {
      check.add("members", "required", "at least one member");
    } else if (check.present("members", members) != null) {
      int i = 0;
      for (MemberInput m : members) {
        String at = "members[" + i++ + "]";
        if (check.present(at, m) == null) {
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

  /** This command when it names the region and its members, exactly one central and no code twice. */
  public Either<DomainError, DefineRegionCommand> validated() {
    FieldChecks checks = new FieldChecks();
    checks.requiredText("name", name);
    Seq<Member> all = members == null ? List.empty() : members;
    if (all.isEmpty()) {
      checks.add("members", "required", "at least one member");
    } else {
      checks.check(all.count(Member::central) == 1, "members", "one_central",
          "exactly one member is the central municipality");
      checks.check(all.map(Member::code).distinct().size() == all.size(), "members", "duplicate_code",
          "member codes must be unique");
    }
    return checks.result(this);
  }
}
