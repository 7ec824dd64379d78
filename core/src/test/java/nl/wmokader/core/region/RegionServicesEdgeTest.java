package nl.wmokader.core.region;

import static nl.wmokader.core.testing.Results.left;
import static nl.wmokader.core.testing.Results.right;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import java.time.LocalDate;
import nl.wmokader.core.inmemory.InMemoryRegionRepository;
import nl.wmokader.core.region.application.RegionServices;
import nl.wmokader.core.region.domain.ArrangementExtension;
import nl.wmokader.core.region.domain.InhabitantCount;
import nl.wmokader.core.region.domain.Member;
import nl.wmokader.core.region.domain.Region;
import nl.wmokader.core.region.domain.RegionError;
import nl.wmokader.core.region.domain.RegionalArrangement;
import nl.wmokader.core.region.domain.VotingRule;
import nl.wmokader.core.region.port.in.DefineRegionCommand;
import nl.wmokader.core.region.port.in.RecordInhabitantsCommand;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.ErrorKind;
import nl.wmokader.core.shared.MunicipalityCode;
import org.junit.jupiter.api.Test;

/**
 * The region's service and value rules at their edges: which members may leave, inhabitants through
 * the service, membership, reading the region, and the bounds of counts, voting rules and extensions.
 */
class RegionServicesEdgeTest {
  private static final MunicipalityCode OSS = MunicipalityCode.of("0828");
  private static final MunicipalityCode BOEKEL = MunicipalityCode.of("0755");
  private static final MunicipalityCode AMSTERDAM = MunicipalityCode.of("0363");

  private final InMemoryRegionRepository regions = new InMemoryRegionRepository();
  private final Region reference = RegionGen.reference();

  /** Boekel holds cases; nobody else does. */
  private final RegionServices services = new RegionServices(regions, BOEKEL::equals, AccessPolicy.standard());

  private DefineRegionCommand with(List<Member> members) {
    return new DefineRegionCommand(" Brabant Noordoost-Oost ", members);
  }

  @Test
  void a_member_holding_data_may_stay_but_not_leave_and_one_without_data_may_leave() {
    right(regions.save(reference));
    // Boekel stays, Bernheze (no data) leaves: allowed, and Boekel's count is kept, Bernheze's dropped
    List<Member> withoutBernheze = List.ofAll(reference.members()).filter(m -> !m.code().value().equals("1721"));
    Region smaller = right(services.defineRegion(Actor.region(), with(withoutBernheze)));
    assertThat(smaller.name()).isEqualTo("Brabant Noordoost-Oost");
    assertThat(smaller.members()).hasSize(4);
    assertThat(smaller.inhabitantCounts().map(InhabitantCount::municipality))
        .containsExactlyInAnyOrder(OSS, BOEKEL, MunicipalityCode.of("1982"), MunicipalityCode.of("1991"));
    // Boekel leaving is refused, and names Boekel
    List<Member> withoutBoekel = withoutBernheze.filter(m -> !m.code().equals(BOEKEL));
    RegionError.MemberInUse inUse = left(services.defineRegion(Actor.region(), with(withoutBoekel)),
        RegionError.MemberInUse.class);
    assertThat(inUse.municipality()).isEqualTo(BOEKEL);
    assertThat(inUse.message()).contains("0755").contains("cannot leave");
    assertThat(regions.find().get().members()).hasSize(4);
  }

  @Test
  void inhabitants_are_recorded_through_the_service_for_members_only_once_a_region_exists() {
    RecordInhabitantsCommand oss2025 = new RecordInhabitantsCommand(OSS, LocalDate.of(2025, 1, 1), 95_000);
    RegionError.NotDefined none = left(services.recordInhabitants(Actor.region(), oss2025), RegionError.NotDefined.class);
    assertThat(none.kind()).isEqualTo(ErrorKind.NOT_FOUND);
    assertThat(none.message()).isEqualTo("the region has not been defined");
    right(regions.save(reference));
    Region recorded = right(services.recordInhabitants(Actor.region(), oss2025));
    assertThat(recorded.inhabitantsOn(OSS, LocalDate.of(2025, 6, 1)).get().inhabitants()).isEqualTo(95_000);
    assertThat(regions.find().get().inhabitantsOn(OSS, LocalDate.of(2025, 6, 1)).get().inhabitants()).isEqualTo(95_000);
    RegionError.NotAMember notAMember = left(services.recordInhabitants(Actor.region(),
        new RecordInhabitantsCommand(AMSTERDAM, LocalDate.of(2025, 1, 1), 900_000)), RegionError.NotAMember.class);
    assertThat(notAMember.message()).contains("0363").contains("not a member");
    left(services.recordInhabitants(Actor.municipality(OSS), oss2025), CommonError.Forbidden.class);
  }

  @Test
  void membership_and_the_region_are_answered_as_stored() {
    assertThat(services.isMember(OSS)).isFalse();
    left(services.getRegion(Actor.region()), RegionError.NotDefined.class);
    right(regions.save(reference));
    assertThat(services.isMember(OSS)).isTrue();
    assertThat(services.isMember(AMSTERDAM)).isFalse();
    assertThat(right(services.getRegion(Actor.provider(AgbCode.of("98000001")))).name()).isEqualTo("Brabant Noordoost-Oost");
    Region region = regions.find().get();
    assertThat(region.central().code()).isEqualTo(OSS);
    assertThat(region.member(BOEKEL).get().name()).isEqualTo("Boekel");
    assertThat(region.member(AMSTERDAM)).isEmpty();
  }

  @Test
  void a_count_is_zero_to_a_billion_inhabitants() {
    assertThat(new InhabitantCount(OSS, LocalDate.of(2024, 1, 1), 0).inhabitants()).isZero();
    assertThat(new InhabitantCount(OSS, LocalDate.of(2024, 1, 1), InhabitantCount.MAX_INHABITANTS).inhabitants())
        .isEqualTo(1_000_000_000L);
    assertThatThrownBy(() -> new InhabitantCount(OSS, LocalDate.of(2024, 1, 1), -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new InhabitantCount(OSS, LocalDate.of(2024, 1, 1), InhabitantCount.MAX_INHABITANTS + 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_voting_rule_asks_a_fraction_below_one_and_no_negative_minimum() {
    assertThat(new VotingRule(0, true, 0, 1).minimumInFavour()).isZero();
    assertThat(new VotingRule(3, true, 1, 2).thresholdNumerator()).isEqualTo(1);
    assertThatThrownBy(() -> new VotingRule(-1, true, 1, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new VotingRule(3, true, 2, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new VotingRule(3, true, -1, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new VotingRule(3, true, 0, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void an_extension_out_of_step_names_which_one_and_by_how_many_years() {
    LocalDate end = LocalDate.of(2028, 12, 31);
    assertThatThrownBy(() -> RegionalArrangement.builder().start(LocalDate.of(2024, 1, 1)).originalEnd(end)
        .extensions(List.of(new ArrangementExtension(LocalDate.of(2028, 1, 1), end.plusYears(1)),
            new ArrangementExtension(LocalDate.of(2029, 1, 1), end.plusYears(3))))
        .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("extension 2 must end 2 year(s) after the original end");
  }
}
