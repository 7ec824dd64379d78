package nl.wmokader.examples.demo;

import io.vavr.collection.List;
import java.time.LocalDate;
import nl.wmokader.core.region.domain.InhabitantCount;
import nl.wmokader.core.region.domain.Member;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * The reference region Brabant Noordoost-Oost (DOMAIN.md §2): five members, Oss central, with the
 * inhabitants CBS published on 1 January of their reference year (Land van Cuijk approximate).
 */
public final class DemoRegion {
  public static final String NAME = "Brabant Noordoost-Oost";

  public static final MunicipalityCode OSS = MunicipalityCode.of("0828");
  public static final MunicipalityCode BERNHEZE = MunicipalityCode.of("1721");
  public static final MunicipalityCode BOEKEL = MunicipalityCode.of("0755");
  public static final MunicipalityCode LAND_VAN_CUIJK = MunicipalityCode.of("1982");
  public static final MunicipalityCode MAASHORST = MunicipalityCode.of("1991");

  public static final List<Member> MEMBERS = List.of(
      new Member(OSS, "Oss", true),
      new Member(BERNHEZE, "Bernheze", false),
      new Member(BOEKEL, "Boekel", false),
      new Member(LAND_VAN_CUIJK, "Land van Cuijk", false),
      new Member(MAASHORST, "Maashorst", false));

  public static final List<InhabitantCount> INHABITANTS = List.of(
      new InhabitantCount(OSS, LocalDate.of(2024, 1, 1), 94_643),
      new InhabitantCount(BERNHEZE, LocalDate.of(2024, 1, 1), 32_521),
      new InhabitantCount(BOEKEL, LocalDate.of(2024, 1, 1), 11_302),
      new InhabitantCount(LAND_VAN_CUIJK, LocalDate.of(2024, 1, 1), 91_000),
      new InhabitantCount(MAASHORST, LocalDate.of(2023, 1, 1), 58_936));

  private DemoRegion() {}
}
