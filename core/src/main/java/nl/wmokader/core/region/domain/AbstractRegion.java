package nl.wmokader.core.region.domain;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Comparator;
import nl.wmokader.core.shared.DomainStyle;
import nl.wmokader.core.shared.MunicipalityCode;
import org.immutables.value.Value;

/**
 * The region (samenwerkingsregio): its name, its members with exactly one central municipality,
 * and inhabitant counts per member on reference dates. The aggregate root of this subdomain; a
 * deployment serves one region.
 */
@Value.Immutable
@DomainStyle
public abstract class AbstractRegion {

  public abstract String name();

  public abstract Seq<Member> members();

  public abstract Seq<InhabitantCount> inhabitantCounts();

  /** Optimistic-locking version: 0 before the first save. */
  @Value.Default
  public long version() {
    return 0;
  }

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new IllegalStateException("region name is blank");
    }
    if (members().count(Member::central) != 1) {
      throw new IllegalStateException("a region has exactly one central municipality");
    }
    if (members().map(Member::code).distinct().size() != members().size()) {
      throw new IllegalStateException("member codes are unique");
    }
    if (inhabitantCounts().exists(c -> !isMember(c.municipality()))) {
      throw new IllegalStateException("inhabitant counts only for members");
    }
  }

  public Member central() {
    return members().find(Member::central).get();
  }

  public boolean isMember(MunicipalityCode code) {
    return members().exists(m -> m.code().equals(code));
  }

  public Option<Member> member(MunicipalityCode code) {
    return members().find(m -> m.code().equals(code));
  }

  /** The most recent count of {@code code} whose reference date is not after {@code date}. */
  public Option<InhabitantCount> inhabitantsOn(MunicipalityCode code, LocalDate date) {
    return inhabitantCounts()
        .filter(c -> c.municipality().equals(code) && !c.referenceDate().isAfter(date))
        .maxBy(Comparator.comparing(InhabitantCount::referenceDate));
  }

  /** Records (or corrects) a member's count on a reference date. */
  public Either<RegionError, Region> recordInhabitants(InhabitantCount count) {
    if (!isMember(count.municipality())) {
      return Either.left(new RegionError.NotAMember(count.municipality()));
    }
    Seq<InhabitantCount> others = inhabitantCounts().filter(c ->
        !(c.municipality().equals(count.municipality()) && c.referenceDate().equals(count.referenceDate())));
    return Either.right(Region.copyOf(this).withInhabitantCounts(others.append(count)));
  }
}
