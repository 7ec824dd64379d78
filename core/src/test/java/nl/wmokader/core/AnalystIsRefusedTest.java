package nl.wmokader.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.wmokader.core.inmemory.InMemoryAdapters;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.testing.MutableClock;
import nl.wmokader.core.testing.SequentialIds;
import org.junit.jupiter.api.Test;

/**
 * The analyst reads aggregates and survey results only, never a BSN or a case (issue 13 point 4):
 * every use case a module exposes that takes an actor refuses the analyst ({@code Forbidden}) before
 * it looks at its input, except the few listed as the analyst's own. Found by reflection over the
 * facade, so that a use case added later without a role check fails here.
 */
class AnalystIsRefusedTest {

  /** The analyst's own use cases: results and aggregates without personal data. */
  private static final Set<String> ANALYSTS_OWN = Set.of("SurveyResultsUseCase.surveyResults",
      "MonitoringFiguresUseCase.monitoringFigures", "OversightFiguresUseCase.budgetFigures",
      "OversightFiguresUseCase.supervisionFigures", "OversightFiguresUseCase.complianceFigures");

  private final WmoKader wmo = new InMemoryAdapters().builder().clock(new MutableClock(LocalDate.of(2026, 3, 10)))
      .ids(new SequentialIds()).build();

  @Test
  void every_use_case_but_the_analysts_own_refuses_the_analyst() throws Exception {
    List<String> admitted = new ArrayList<>();
    Set<String> tried = new TreeSet<>();
    for (Method module : WmoKader.class.getMethods()) {
      if (!module.getReturnType().getSimpleName().endsWith("Module")) {
        continue;
      }
      Object instance = module.invoke(wmo);
      for (Method accessor : module.getReturnType().getMethods()) {
        Class<?> port = accessor.getReturnType();
        if (accessor.getParameterCount() != 0 || !port.isInterface() || !port.getSimpleName().endsWith("UseCase")) {
          continue;
        }
        Object useCase = accessor.invoke(instance);
        for (Method call : port.getMethods()) {
          if (Modifier.isStatic(call.getModifiers()) || call.getParameterCount() == 0
              || call.getParameterTypes()[0] != Actor.class) {
            continue;
          }
          String name = port.getSimpleName() + "." + call.getName();
          // recording an access is what the other modules do on a party's behalf, not a party's use case
          if (ANALYSTS_OWN.contains(name) || port.getSimpleName().equals("RecordAccessUseCase")) {
            continue;
          }
          tried.add(name);
          Object[] args = new Object[call.getParameterCount()];
          args[0] = Actor.analyst();
          for (int i = 1; i < args.length; i++) {
            args[i] = nothing(call.getParameterTypes()[i]);
          }
          try {
            Object answer = call.invoke(useCase, args);
            if (!(answer instanceof Either<?, ?> either) || either.isRight()
                || !(either.getLeft() instanceof CommonError.Forbidden)) {
              admitted.add(name + " answered " + answer);
            }
          } catch (InvocationTargetException e) {
            admitted.add(name + " threw " + e.getCause());
          }
        }
      }
    }
    // the reflection found the use cases (a broken walk would pass with nothing tried)
    assertThat(tried).hasSizeGreaterThan(80).contains("SubmitClaimUseCase.submitClaim", "ListProvidersUseCase.listProviders",
        "GetIndicationUseCase.getIndication", "QueryAuditTrailUseCase.queryAuditTrail");
    assertThat(admitted).isEmpty();
  }

  private static Object nothing(Class<?> type) {
    if (!type.isPrimitive()) {
      return null;
    }
    if (type == boolean.class) {
      return false;
    }
    if (type == long.class) {
      return 0L;
    }
    if (type == double.class) {
      return 0d;
    }
    return 0;
  }
}
