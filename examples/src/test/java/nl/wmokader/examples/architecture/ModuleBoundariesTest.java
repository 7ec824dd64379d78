package nl.wmokader.examples.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Which module may use which technology, over every module's main code, examples included. */
@AnalyzeClasses(packages = "nl.wmokader", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

  @ArchTest
  static final ArchRule jdbc_adapter_does_not_use_the_rest_adapter = ArchitectureRules.JDBC_DOES_NOT_USE_REST;

  @ArchTest
  static final ArchRule rest_adapter_does_not_use_the_jdbc_adapter = ArchitectureRules.REST_DOES_NOT_USE_JDBC;

  @ArchTest
  static final ArchRule jackson_only_in_the_rest_adapter = ArchitectureRules.JACKSON_ONLY_IN_REST;

  @ArchTest
  static final ArchRule jdbc_only_in_the_jdbc_adapter_and_examples = ArchitectureRules.JDBC_ONLY_IN_JDBC_ADAPTER;
}
