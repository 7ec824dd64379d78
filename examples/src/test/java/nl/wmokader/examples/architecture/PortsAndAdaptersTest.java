package nl.wmokader.examples.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layer rule over the library packages only: examples wires everything and would break it. */
@AnalyzeClasses(packages = {"nl.wmokader.core", "nl.wmokader.adapters"}, importOptions = ImportOption.DoNotIncludeTests.class)
class PortsAndAdaptersTest {

  @ArchTest
  static final ArchRule layers = ArchitectureRules.LAYERS;
}
