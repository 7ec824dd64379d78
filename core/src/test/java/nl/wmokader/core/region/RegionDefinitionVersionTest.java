package nl.wmokader.core.region;

import static nl.wmokader.core.testing.Results.left;
import static nl.wmokader.core.testing.Results.right;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.WmoKader;
import nl.wmokader.core.inmemory.InMemoryAdapters;
import nl.wmokader.core.region.domain.Region;
import nl.wmokader.core.region.port.in.DefineRegionCommand;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.testing.MutableClock;
import nl.wmokader.core.testing.SequentialIds;
import org.junit.jupiter.api.Test;

/** A definition that names the version it replaces never overwrites a region changed meanwhile. */
class RegionDefinitionVersionTest {
  private final InMemoryAdapters adapters = new InMemoryAdapters();
  private final WmoKader wmo = adapters.builder().clock(new MutableClock(LocalDate.of(2026, 1, 5)))
      .ids(new SequentialIds()).build();
  private final Region reference = RegionGen.reference();

  private DefineRegionCommand definition(String name, long version) {
    return new DefineRegionCommand(name, reference.members(), Option.some(version));
  }

  @Test
  void the_version_read_replaces_and_any_other_is_stale() {
    left(wmo.region().defineRegion().defineRegion(Actor.region(), definition("R", 3)), CommonError.StaleVersion.class);
    assertThat(adapters.regions().find()).isEmpty();
    Region first = right(wmo.region().defineRegion().defineRegion(Actor.region(), definition("R", 0)));
    left(wmo.region().defineRegion().defineRegion(Actor.region(), definition("S", 0)), CommonError.StaleVersion.class);
    left(wmo.region().defineRegion().defineRegion(Actor.region(), definition("S", first.version() + 1)),
        CommonError.StaleVersion.class);
    assertThat(adapters.regions().find().get().name()).isEqualTo("R");
    Region second = right(wmo.region().defineRegion().defineRegion(Actor.region(), definition("S", first.version())));
    assertThat(second.name()).isEqualTo("S");
    assertThat(second.version()).isEqualTo(first.version() + 1);
    // without a version: whichever is stored (an embedder defining its region once)
    assertThat(right(wmo.region().defineRegion().defineRegion(Actor.region(),
        new DefineRegionCommand("T", reference.members()))).name()).isEqualTo("T");
  }

  @Test
  void a_version_read_from_a_message_is_required_and_not_negative() {
    var members = reference.members().map(m -> new DefineRegionCommand.MemberInput(m.code().value(), m.name(), m.central()));
    assertThat(left(DefineRegionCommand.read("R", members, null), InvalidInput.class).errors().map(e -> e.field() + ":" + e.code()))
        .containsExactly("version:required");
    assertThat(left(DefineRegionCommand.read("R", members, -1L), InvalidInput.class).errors().map(e -> e.field() + ":" + e.code()))
        .containsExactly("version:out_of_range");
    assertThat(right(DefineRegionCommand.read("R", members, 4L)).expectedVersion()).contains(4L);
    assertThat(right(DefineRegionCommand.read("R", List.ofAll(members))).expectedVersion()).isEmpty();
  }
}
