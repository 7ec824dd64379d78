package nl.wmokader.examples.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.Arrays;
import nl.wmokader.adapters.jdbc.archfixture.JdbcUsingJackson;
import nl.wmokader.adapters.jdbc.archfixture.JdbcUsingRest;
import nl.wmokader.adapters.rest.archfixture.RestUsingJdbc;
import nl.wmokader.core.region.domain.archfixture.DomainUsingAdapter;
import nl.wmokader.examples.service.ExampleService;
import org.junit.jupiter.api.Test;

/**
 * Each cross-module rule, shown the real code plus the deliberate violators (test code in the
 * {@code archfixture} packages), fails and names only violators: the rules can fail, and the real
 * code alone passes them (as {@link PortsAndAdaptersTest} and {@link ModuleBoundariesTest} check).
 */
class ArchitectureRulesCanFailTest {

  /** Main code, plus the test classes of the archfixture packages. */
  private static final ImportOption MAIN_CODE_AND_VIOLATORS = location ->
      new ImportOption.DoNotIncludeTests().includes(location) || location.contains("/archfixture/");

  private static final JavaClasses LIBRARY = new ClassFileImporter().withImportOption(MAIN_CODE_AND_VIOLATORS)
      .importPackages("nl.wmokader.core", "nl.wmokader.adapters");
  private static final JavaClasses EVERYTHING = new ClassFileImporter().withImportOption(MAIN_CODE_AND_VIOLATORS)
      .importPackages("nl.wmokader");

  @Test
  void the_imports_hold_the_violators_and_the_real_code() {
    assertThat(LIBRARY.contain(DomainUsingAdapter.class) && LIBRARY.contain(JdbcUsingRest.class)).isTrue();
    assertThat(LIBRARY.contain(ExampleService.class)).as("the layer rule leaves examples out").isFalse();
    assertThat(EVERYTHING.contain(ExampleService.class) && EVERYTHING.contain(RestUsingJdbc.class)).isTrue();
  }

  @Test
  void the_layer_rule_refuses_a_domain_class_that_uses_an_adapter_and_an_adapter_that_uses_another() {
    assertViolatedOnlyBy(ArchitectureRules.LAYERS, LIBRARY, DomainUsingAdapter.class, JdbcUsingRest.class);
  }

  @Test
  void the_jdbc_adapter_may_not_use_the_rest_adapter() {
    assertViolatedOnlyBy(ArchitectureRules.JDBC_DOES_NOT_USE_REST, EVERYTHING, JdbcUsingRest.class);
  }

  @Test
  void jackson_outside_the_rest_adapter_is_refused() {
    assertViolatedOnlyBy(ArchitectureRules.JACKSON_ONLY_IN_REST, EVERYTHING, JdbcUsingJackson.class);
  }

  @Test
  void jdbc_outside_the_jdbc_adapter_and_examples_is_refused() {
    assertViolatedOnlyBy(ArchitectureRules.JDBC_ONLY_IN_JDBC_ADAPTER, EVERYTHING,
        RestUsingJdbc.class, DomainUsingAdapter.class);
  }

  /** The rule fails on {@code classes}, and every line of its report names one of {@code violators}. */
  private static void assertViolatedOnlyBy(ArchRule rule, JavaClasses classes, Class<?>... violators) {
    EvaluationResult result = rule.evaluate(classes);
    assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
    String[] names = Arrays.stream(violators).map(Class::getName).toArray(String[]::new);
    assertThat(result.getFailureReport().getDetails())
        .isNotEmpty()
        .allSatisfy(line -> assertThat(line).containsAnyOf(names));
  }
}
