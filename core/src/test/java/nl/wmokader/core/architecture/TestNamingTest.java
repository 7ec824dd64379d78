package nl.wmokader.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** Surefire runs classes named *Test or *Tests only: a concrete class with tests named otherwise would never run. */
@AnalyzeClasses(packages = "nl.wmokader", importOptions = ImportOption.OnlyIncludeTests.class)
public class TestNamingTest {

  private static final DescribedPredicate<JavaClass> CONCRETE_WITH_TESTS = DescribedPredicate.describe(
      "concrete classes with @Test methods",
      c -> !c.getModifiers().contains(JavaModifier.ABSTRACT)
          && c.getAllMethods().stream().anyMatch(m -> m.isAnnotatedWith(Test.class)));

  @ArchTest
  public static final ArchRule test_classes_are_named_for_surefire = classes().that(CONCRETE_WITH_TESTS)
      .should().haveSimpleNameEndingWith("Test").orShould().haveSimpleNameEndingWith("Tests")
      .because("Surefire's includes are **/*Test.java and **/*Tests.java");
}
