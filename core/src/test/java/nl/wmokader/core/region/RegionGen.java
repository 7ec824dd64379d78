package nl.wmokader.core.region;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vavr.collection.List;
import java.time.LocalDate;
import nl.wmokader.core.region.domain.InhabitantCount;
import nl.wmokader.core.region.domain.Member;
import nl.wmokader.core.region.domain.Region;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.SharedGen;
import org.quicktheories.core.Gen;

/** Generators of the region subdomain (core test-jar). */
public final class RegionGen {
  private RegionGen() {}

  /** The reference region Brabant Noordoost-Oost with its 2024 inhabitants (Maashorst: 2023). */
  public static Region reference() {
    return Region.builder()
        .name("Brabant Noordoost-Oost")
        .members(List.of(
            new Member(MunicipalityCode.of("0828"), "Oss", true),
            new Member(MunicipalityCode.of("1721"), "Bernheze", false),
            new Member(MunicipalityCode.of("0755"), "Boekel", false),
            new Member(MunicipalityCode.of("1982"), "Land van Cuijk", false),
            new Member(MunicipalityCode.of("1991"), "Maashorst", false)))
        .inhabitantCounts(List.of(
            new InhabitantCount(MunicipalityCode.of("0828"), LocalDate.of(2024, 1, 1), 94_643),
            new InhabitantCount(MunicipalityCode.of("1721"), LocalDate.of(2024, 1, 1), 32_521),
            new InhabitantCount(MunicipalityCode.of("0755"), LocalDate.of(2024, 1, 1), 11_302),
            new InhabitantCount(MunicipalityCode.of("1982"), LocalDate.of(2024, 1, 1), 91_000),
            new InhabitantCount(MunicipalityCode.of("1991"), LocalDate.of(2023, 1, 1), 58_936)))
        .build();
  }

  /** Regions of 1..8 members with random counts on random reference dates. */
  public static Gen<Region> regions() {
    return integers().between(1, 8).flatMap(n ->
        integers().between(0, n - 1).zip(
            lists().of(counts()).ofSizeBetween(0, 3 * n),
            (centralIndex, raw) -> {
              List<Member> members = List.range(0, n).map(i ->
                  new Member(MunicipalityCode.of(String.format("%04d", 100 + i)), "Gemeente " + i, i == centralIndex));
              List<InhabitantCount> counts = List.ofAll(raw)
                  .map(c -> new InhabitantCount(members.get((int) (c.inhabitants() % n)).code(), c.referenceDate(), c.inhabitants()))
                  .distinctBy(c -> c.municipality().value() + c.referenceDate());
              return Region.builder().name("Regio " + n).members(members).inhabitantCounts(counts).build();
            }));
  }

  private static Gen<InhabitantCount> counts() {
    return SharedGen.dates().zip(integers().between(0, 1_000_000),
        (date, n) -> new InhabitantCount(MunicipalityCode.of("0000"), date, n));
  }
}
