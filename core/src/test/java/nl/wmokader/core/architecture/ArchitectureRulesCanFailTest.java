package nl.wmokader.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import nl.wmokader.core.RuleInTheWiring;
import nl.wmokader.core.region.fixture.UpstreamReachingDownstream;
import org.junit.jupiter.api.Test;

/** A rule that cannot fail proves nothing: each is shown a class that breaks it. */
class ArchitectureRulesCanFailTest {

  private static final JavaClasses VIOLATOR = new ClassFileImporter().importClasses(UpstreamReachingDownstream.class);

  private static boolean flags(ArchRule rule) {
    return rule.evaluate(VIOLATOR).hasViolation();
  }

  @Test
  void the_library_allowlist_flags_jdbc() {
    assertThat(flags(CoreArchitectureTest.only_allowed_libraries)).isTrue();
    assertThat(flags(CoreArchitectureTest.no_jdbc)).isTrue();
  }

  @Test
  void the_direction_rule_flags_an_upstream_subdomain_importing_a_downstream_one() {
    assertThat(flags(CoreArchitectureTest.subdomains_depend_only_upstream)).isTrue();
  }

  @Test
  void the_clock_rule_flags_the_system_clock() {
    assertThat(flags(CoreArchitectureTest.no_clock_or_randomness_it_is_not_given)).isTrue();
  }

  @Test
  void the_composition_rules_flag_a_rule_in_the_wiring() {
    JavaClasses wiring = new ClassFileImporter().importClasses(RuleInTheWiring.class);
    assertThat(CoreArchitectureTest.the_composition_root_holds_only_the_composition.evaluate(wiring).hasViolation()).isTrue();
    assertThat(CoreArchitectureTest.the_glue_holds_no_rule.evaluate(wiring).hasViolation()).isTrue();
  }

  @Test
  void the_hexagon_rule_flags_a_class_outside_every_layer() {
    assertThat(flags(CoreArchitectureTest.hexagon_inside_core)).isTrue();
  }
}
