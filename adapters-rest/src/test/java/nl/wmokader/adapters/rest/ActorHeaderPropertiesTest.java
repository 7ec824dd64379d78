package nl.wmokader.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.MunicipalityCode;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class ActorHeaderPropertiesTest implements WithQuickTheories {
  private static final String GRAMMAR = "region|supervisor|municipality:[0-9]{4}|provider:[0-9]{8}";

  Gen<Actor> actors() {
    Gen<Actor> municipalities = integers().between(0, 9999)
        .map(n -> Actor.municipality(MunicipalityCode.of(String.format("%04d", n))));
    Gen<Actor> providers = integers().between(0, 99_999_999)
        .map(n -> Actor.provider(AgbCode.of(String.format("%08d", n))));
    Gen<Actor> fixed = Generate.pick(java.util.List.of(Actor.region(), Actor.supervisor()));
    return municipalities.mix(providers).mix(fixed, 20);
  }

  @Test
  void formatting_then_parsing_gives_the_same_actor() {
    qt().forAll(actors()).checkAssert(actor ->
        assertThat(ActorHeader.parse(ActorHeader.format(actor)).get()).isEqualTo(actor));
  }

  @Test
  void a_value_parses_exactly_when_it_follows_the_grammar() {
    Gen<String> near = Generate.pick(java.util.List.of("region", "supervisor", "municipality:", "provider:", ""))
        .zip(strings().basicLatinAlphabet().ofLengthBetween(0, 10)
            .mix(integers().between(0, 999_999_999).map((Integer n) -> String.valueOf(n)), 50), String::concat);
    qt().forAll(near.mix(strings().allPossible().ofLengthBetween(0, 20), 30)).checkAssert(value ->
        assertThat(ActorHeader.parse(value).isDefined()).as(value).isEqualTo(value.matches(GRAMMAR)));
  }
}
