package nl.wmokader.adapters.jdbc;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Marks a contract-suite run on PostgreSQL. Decided before any test starts (a skip raised inside a
 * property would read as a failure): without {@code WMO_TEST_POSTGRES_URL} every test is skipped
 * with the reason, except when {@code CI=true}, where a skip would hide a gap and is an error.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PostgresSuite.Condition.class)
public @interface PostgresSuite {

  /** The decision. */
  final class Condition implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      String url = System.getenv(TestDatabases.POSTGRES_URL_VARIABLE);
      if (url != null && !url.isBlank()) {
        return ConditionEvaluationResult.enabled(TestDatabases.POSTGRES_URL_VARIABLE + " is set");
      }
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new IllegalStateException(TestDatabases.POSTGRES_URL_VARIABLE
            + " is not set, and with CI=true the PostgreSQL suites may not be skipped");
      }
      return ConditionEvaluationResult.disabled(TestDatabases.POSTGRES_URL_VARIABLE + " is not set: PostgreSQL suite skipped");
    }
  }
}
