package nl.wmokader.examples.embedding;

import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import nl.wmokader.core.WmoKader;
import nl.wmokader.core.inmemory.InMemoryAdapters;
import nl.wmokader.core.region.domain.Member;
import nl.wmokader.core.region.domain.Region;
import nl.wmokader.core.region.port.in.DefineRegionCommand;
import nl.wmokader.core.region.port.in.RecordInhabitantsCommand;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * The library embedded in plain Java: the core over its in-memory adapters, a region defined and
 * read back through the use cases. Prints only the region's name and sizes, no personal data.
 */
public final class EmbeddingExample {
  private EmbeddingExample() {}

  public static void main(String[] args) {
    System.out.println(run());
  }

  /** Defines a two-member region and answers one line about it, or why a use case refused. */
  public static String run() {
    // tag::embedding[]
    WmoKader wmo = new InMemoryAdapters().builder()               // or JdbcAdapters.over(dataSource)
        .clock(Clock.system(ZoneId.of("Europe/Amsterdam"))).ids(UUID::randomUUID).build();
    Actor region = Actor.region();                                // every use case checks who acts
    MunicipalityCode oss = MunicipalityCode.of("0828");
    var members = List.of(new Member(oss, "Oss", true), new Member(MunicipalityCode.of("1721"), "Bernheze", false));
    Either<DomainError, Region> result = wmo.region().defineRegion()
        .defineRegion(region, new DefineRegionCommand("Brabant Noordoost-Oost", members))
        .flatMap(defined -> wmo.region().recordInhabitants().recordInhabitants(region,
            new RecordInhabitantsCommand(oss, LocalDate.of(2024, 1, 1), 94_643)));
    String line = result.fold(error -> "refused: " + error.code(),   // a value, never an exception
        r -> r.name() + ": " + r.members().size() + " members, central " + r.central().name());
    // end::embedding[]
    return line;
  }
}
