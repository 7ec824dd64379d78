package nl.wmokader.core.region.port.in;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import nl.wmokader.core.region.domain.Member;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * The region's name and members (exactly one of them central), replacing the region of version
 * {@code expectedVersion} (0: none defined yet; none: whichever is stored, for an embedder that
 * defines it once). Made from raw values by {@link #read} (presence and formats); {@link #validated}
 * is the second round the use case applies after access (one central member, unique codes).
 */
public record DefineRegionCommand(String name, Seq<Member> members, Option<Long> expectedVersion) {

  /** Replacing whichever region is stored. */
  public DefineRegionCommand(String name, Seq<Member> members) {
    this(name, members, Option.none());
  }

  /** One member as sent: {@code code} (4-digit CBS), {@code name}, {@code central}. */
  public record MemberInput(String code, String name, Boolean central) {}

  /**
   * The command from raw values, replacing the region of {@code version} (required: 0 when none is
   * defined yet, else the version read), or every missing or malformed field ({@code members[2].code}).
   */
  public static Either<DomainError, DefineRegionCommand> read(String name, Seq<MemberInput> members, Long version) {
    return read(name, members, version, true);
  }

  /** As {@link #read(String, Seq, Long)} without a version: replacing whichever region is stored. */
  public static Either<DomainError, DefineRegionCommand> read(String name, Seq<MemberInput> members) {
    return read(name, members, null, false);
  }

  private static Either<DomainError, DefineRegionCommand> read(String name, Seq<MemberInput> members, Long version,
                                                               boolean versioned) {
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
    if (versioned && check.present("version", version) != null && version < 0) {
      check.add("version", "out_of_range", "must not be negative");
    }
    List<Member> all = parsed;
    return check.resultFrom(() -> new DefineRegionCommand(regionName, all, Option.of(version)));
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
