package nl.wmokader.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The core stays pure, hexagonal, and its subdomains depend only upstream (ARCHITECTURE.md). */
@AnalyzeClasses(packages = "nl.wmokader.core", importOptions = ImportOption.DoNotIncludeTests.class)
public class CoreArchitectureTest {

  /** Upstream to downstream, as ARCHITECTURE.md draws them. */
  static final List<String> SUBDOMAINS = List.of(
      "shared", "audit", "region", "catalogue", "contracting", "indication", "settlement", "supervision", "obligations",
      "monitoring");

  @ArchTest
  public static final ArchRule only_allowed_libraries = classes().that().resideInAPackage("nl.wmokader.core..")
      .should().onlyDependOnClassesThat(JavaClass.Predicates.resideInAnyPackage(
          "nl.wmokader.core..", "java.lang..", "java.util..", "java.time..", "java.math..", "io.vavr..", "org.immutables.value..", "javax.annotation..", "org.slf4j")
          // the audit trail's hash: SHA-256 over UTF-8, both in every JDK
          .or(JavaClass.Predicates.belongToAnyOf(MessageDigest.class, NoSuchAlgorithmException.class, StandardCharsets.class,
              Charset.class)))
      .because("the core is embeddable: no Jackson, JDBC, HTTP, I/O, framework or SLF4J binding");

  @ArchTest
  public static final ArchRule no_jdbc = noClasses().that().resideInAPackage("nl.wmokader.core..")
      .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
      .because("persistence belongs in adapters-jdbc");

  @ArchTest
  public static final ArchRule domain_does_not_log = noClasses().that().resideInAnyPackage("nl.wmokader.core.*.domain..", "nl.wmokader.core.shared..")
      .should().dependOnClassesThat().resideInAPackage("org.slf4j..")
      .because("the model returns errors and events; services decide what to log");

  @ArchTest
  public static final ArchRule no_clock_or_randomness_it_is_not_given = noClasses().that().resideInAPackage("nl.wmokader.core..")
      .should().callMethod(LocalDate.class, "now")
      .orShould().callMethod(LocalDateTime.class, "now")
      .orShould().callMethod(Instant.class, "now")
      .orShould().callMethod(System.class, "currentTimeMillis")
      .orShould().callMethod(UUID.class, "randomUUID")
      .orShould().callMethod(Math.class, "random")
      .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Random")
      .because("time comes from an injected Clock, identifiers from an injected IdGenerator");

  @ArchTest
  public static final ArchRule no_static_state = fields().that().areDeclaredInClassesThat().resideInAPackage("nl.wmokader.core..")
      .and().areStatic().should().beFinal()
      .because("the core holds no static mutable state");

  @ArchTest
  public static final ArchRule hexagon_inside_core = onionArchitecture().withOptionalLayers(true)
      .domainModels("nl.wmokader.core.*.domain..", "nl.wmokader.core.shared..")
      .domainServices("nl.wmokader.core.*.port..")
      .applicationServices("nl.wmokader.core.*.application..", "nl.wmokader.core", "nl.wmokader.core.audit", "nl.wmokader.core.region",
          "nl.wmokader.core.catalogue", "nl.wmokader.core.contracting", "nl.wmokader.core.indication",
          "nl.wmokader.core.settlement", "nl.wmokader.core.supervision", "nl.wmokader.core.obligations",
          "nl.wmokader.core.monitoring")
      .adapter("inmemory", "nl.wmokader.core.inmemory..")
      .ensureAllClassesAreContainedInArchitectureIgnoring(DescribedPredicate.describe("package-info", c -> c.getSimpleName().equals("package-info")))
      .because("ports and adapters: the model knows no use case, the use cases no adapter");

  /** What the composition root may hold: the facade, its builder, the ports value and the glue. */
  static final String COMPOSITION = "nl\\.wmokader\\.core\\.(WmoKader|WmoKaderBuilder|DrivenPorts|SubdomainGlue"
      + "|package-info)(\\$.*)?";

  @ArchTest
  public static final ArchRule the_composition_root_holds_only_the_composition = classes()
      .that().resideInAPackage("nl.wmokader.core")
      .should().haveNameMatching(COMPOSITION)
      .because("a rule belongs in the subdomain that owns it, not in the wiring");

  @ArchTest
  public static final ArchRule the_glue_holds_no_rule = noClasses()
      .that().resideInAPackage("nl.wmokader.core")
      .and().haveNameNotMatching("nl\\.wmokader\\.core\\.WmoKaderBuilder(\\$.*)?")
      .should().dependOnClassesThat().resideInAPackage("nl.wmokader.core.*.domain..")
      .because("the glue hands one module's use cases or ports to another; what a fact means is decided by its"
          + " subdomain (the builder takes domain terms as configuration)");

  @ArchTest
  public static final ArchRule subdomains_are_acyclic = slices().matching("nl.wmokader.core.(*)..").should().beFreeOfCycles();

  @ArchTest
  public static final ArchRule subdomains_depend_only_upstream = CompositeArchRule.of(upstreamOnlyRules())
      .because("an upstream subdomain never imports a downstream one; it owns a port instead");

  @ArchTest
  public static final ArchRule no_reach_into_another_subdomains_services_or_driven_ports = CompositeArchRule.of(ownInsidesRules())
      .because("another subdomain is used through its domain types and its use cases only");

  @ArchTest
  public static final ArchRule no_java_util_logging = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

  static List<ArchRule> upstreamOnlyRules() {
    List<ArchRule> rules = new ArrayList<>();
    for (int i = 0; i < SUBDOMAINS.size() - 1; i++) {
      String[] downstream = SUBDOMAINS.subList(i + 1, SUBDOMAINS.size()).stream()
          .map(s -> "nl.wmokader.core." + s + "..").toArray(String[]::new);
      rules.add(noClasses().that().resideInAPackage("nl.wmokader.core." + SUBDOMAINS.get(i) + "..")
          .should().dependOnClassesThat().resideInAnyPackage(downstream)
          .allowEmptyShould(true));
    }
    return rules;
  }

  static List<ArchRule> ownInsidesRules() {
    List<ArchRule> rules = new ArrayList<>();
    for (String own : SUBDOMAINS) {
      for (String other : SUBDOMAINS) {
        if (!own.equals(other)) {
          rules.add(noClasses().that().resideInAPackage("nl.wmokader.core." + own + "..")
              .should().dependOnClassesThat().resideInAnyPackage(
                  "nl.wmokader.core." + other + ".application..", "nl.wmokader.core." + other + ".port.out..")
              .allowEmptyShould(true));
        }
      }
    }
    return rules;
  }
}
