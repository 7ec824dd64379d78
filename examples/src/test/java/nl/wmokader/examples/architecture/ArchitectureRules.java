package nl.wmokader.examples.architecture;

import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;

/** The cross-module rules, shared by the tests that apply them and the test that shows they can fail. */
final class ArchitectureRules {
  private ArchitectureRules() {}

  /**
   * Ports and adapters over the library packages only ({@code core}, {@code adapters}); examples is
   * a composition root that wires everything and is left out, {@code core.inmemory} is an adapter.
   */
  static final ArchRule LAYERS = onionArchitecture()
      .domainModels("nl.wmokader.core.*.domain..", "nl.wmokader.core.shared..")
      .domainServices("nl.wmokader.core.*.port..")
      // the facade and each subdomain's module (in the subdomain's own package) compose the use cases
      .applicationServices("nl.wmokader.core.*.application..", "nl.wmokader.core", "nl.wmokader.core.region",
          "nl.wmokader.core.catalogue", "nl.wmokader.core.contracting", "nl.wmokader.core.indication",
          "nl.wmokader.core.settlement", "nl.wmokader.core.supervision", "nl.wmokader.core.obligations",
          "nl.wmokader.core.audit", "nl.wmokader.core.monitoring")
      .adapter("jdbc", "nl.wmokader.adapters.jdbc..")
      .adapter("rest", "nl.wmokader.adapters.rest..")
      .adapter("inmemory", "nl.wmokader.core.inmemory..")
      .ensureAllClassesAreContainedInArchitectureIgnoring(
          DescribedPredicate.describe("package-info", (JavaClass c) -> c.getSimpleName().equals("package-info")))
      .because("ports and adapters: the model knows no use case, the use cases no adapter, no adapter another");

  static final ArchRule JDBC_DOES_NOT_USE_REST = noClasses().that().resideInAPackage("nl.wmokader.adapters.jdbc..")
      .should().dependOnClassesThat().resideInAPackage("nl.wmokader.adapters.rest..")
      .because("adapters-jdbc and adapters-rest never depend on each other; only a composition root wires them");

  static final ArchRule REST_DOES_NOT_USE_JDBC = noClasses().that().resideInAPackage("nl.wmokader.adapters.rest..")
      .should().dependOnClassesThat().resideInAPackage("nl.wmokader.adapters.jdbc..")
      .because("adapters-jdbc and adapters-rest never depend on each other; only a composition root wires them");

  static final ArchRule JACKSON_ONLY_IN_REST = noClasses().that().resideOutsideOfPackage("nl.wmokader.adapters.rest..")
      .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..", "tools.jackson..")
      .because("JSON is the REST adapter's business; the core and the other adapters stay free of Jackson");

  static final ArchRule JDBC_ONLY_IN_JDBC_ADAPTER = noClasses()
      .that().resideOutsideOfPackages("nl.wmokader.adapters.jdbc..", "nl.wmokader.examples..")
      .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
      .because("persistence is adapters-jdbc's; only a composition root (examples) also opens a DataSource");
}
