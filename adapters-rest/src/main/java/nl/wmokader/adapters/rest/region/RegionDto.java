package nl.wmokader.adapters.rest.region;

import java.time.LocalDate;
import java.util.List;
import nl.wmokader.core.region.domain.InhabitantCount;
import nl.wmokader.core.region.domain.Member;
import nl.wmokader.core.region.domain.Region;

/** The region as the API shows it; {@code version} is the optimistic-locking version. */
public record RegionDto(String name, List<MemberDto> members, List<InhabitantCountDto> inhabitantCounts, long version) {

  public static RegionDto from(Region region) {
    return new RegionDto(
        region.name(),
        region.members().map(MemberDto::from).toJavaList(),
        region.inhabitantCounts()
            .sortBy(c -> c.municipality().value() + "/" + c.referenceDate())
            .map(InhabitantCountDto::from).toJavaList(),
        region.version());
  }

  /** A member municipality: CBS code, name, and whether it is the central municipality. */
  public record MemberDto(String code, String name, boolean central) {
    public static MemberDto from(Member member) {
      return new MemberDto(member.code().value(), member.name(), member.central());
    }
  }

  /** A member's inhabitants on a reference date. */
  public record InhabitantCountDto(String municipality, LocalDate referenceDate, long inhabitants) {
    public static InhabitantCountDto from(InhabitantCount count) {
      return new InhabitantCountDto(count.municipality().value(), count.referenceDate(), count.inhabitants());
    }
  }
}
