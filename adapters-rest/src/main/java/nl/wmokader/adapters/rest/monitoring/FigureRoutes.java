package nl.wmokader.adapters.rest.monitoring;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Either;
import nl.wmokader.adapters.rest.ApiCall;
import nl.wmokader.adapters.rest.ApiRouter;
import nl.wmokader.adapters.rest.ApiRoutes;
import nl.wmokader.adapters.rest.Params;
import nl.wmokader.core.monitoring.domain.FigureFilter;
import nl.wmokader.core.monitoring.port.in.MonitoringFiguresUseCase;
import nl.wmokader.core.monitoring.port.in.OversightFiguresUseCase;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DomainError;

/**
 * {@code GET /monitoring/figures/{table}}: one table of the monitoring figures (use, cost, flows,
 * durations, waiting times, members with their rates per 1,000 inhabitants; budget per member,
 * supervision and compliance per provider) for months and optional member, provider, category and
 * product, computed from the facts at the moment of asking; as CSV with {@code Accept: text/csv}.
 * The region's staff, every member and analysts.
 */
public final class FigureRoutes implements ApiRoutes {
  private final MonitoringFiguresUseCase figures;
  private final OversightFiguresUseCase oversight;

  public FigureRoutes(MonitoringFiguresUseCase figures, OversightFiguresUseCase oversight) {
    this.figures = requireNonNull(figures, "figures");
    this.oversight = requireNonNull(oversight, "oversight");
  }

  @Override
  public void register(ApiRouter router) {
    router.get("/monitoring/figures/{table}", call -> {
      var other = OversightTables.ofCode(Params.path(call, "table"));
      if (other.isDefined()) {
        call.respondTable(filter(call).flatMap(filter -> other.get().read(oversight, call.actor(), filter)),
            OversightTables.Answer::json, OversightTables.Answer::csv);
        return;
      }
      Either<DomainError, FigureTables> table = FigureTables.ofCode(Params.path(call, "table"))
          .toEither(() -> new CommonError.NotFound("FigureTable", Params.path(call, "table")));
      call.respondTable(table.flatMap(t -> filter(call)
              .flatMap(filter -> figures.monitoringFigures(call.actor(), filter, java.util.EnumSet.of(t.core())))
              .map(f -> new Tabled(t, f))),
          tabled -> tabled.table().json(tabled.figures()), tabled -> tabled.table().csv(tabled.figures()));
    });
  }

  private record Tabled(FigureTables table, nl.wmokader.core.monitoring.domain.MonitoringFigures figures) {}

  private static Either<DomainError, FigureFilter> filter(ApiCall call) {
    return FigureFilter.read(Params.query(call, "from"), Params.query(call, "until"), Params.query(call, "member"),
        Params.query(call, "provider"), Params.query(call, "category"), Params.query(call, "product"));
  }
}
