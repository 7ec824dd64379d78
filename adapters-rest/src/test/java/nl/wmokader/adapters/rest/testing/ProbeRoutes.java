package nl.wmokader.adapters.rest.testing;

import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.LocalDate;
import nl.wmokader.adapters.rest.ApiRouter;
import nl.wmokader.adapters.rest.ApiRoutes;
import nl.wmokader.adapters.rest.PageDto;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.Page;

/** Routes that show behaviour no production route has yet: a paged list, a fault, a plain record body. */
public final class ProbeRoutes implements ApiRoutes {
  /** What the failing probe's exception message carries: it must never reach the client. */
  public static final String SECRET = "999912345";

  private final List<String> items;

  public ProbeRoutes(int count) {
    this.items = List.range(0, count).map(i -> "item-" + i);
  }

  /** A body with each kind of leaf the binder converts. */
  public record EchoRequest(String text, Long number, Boolean flag, LocalDate date, java.util.List<String> tags,
      Kind kind) {}

  public enum Kind { SMALL, LARGE }

  /** Routes whose registration is {@code body}, documented by this package's part (for registration tests). */
  public static ApiRoutes registering(java.util.function.Consumer<ApiRouter> body) {
    return body::accept;
  }

  @Override
  public void register(ApiRouter router) {
    router.get("/probes", call -> call.respond(
        Either.<DomainError, Page<String>>right(Page.of(items, call.pageRequest()))
            .map(page -> PageDto.of(page, s -> s, call))));
    router.get("/probes/failure", call -> {
      throw new IllegalStateException("a fault while handling BSN " + SECRET);
    });
    router.post("/probes/echo", call -> call.json(200, call.body(EchoRequest.class)));
    router.post("/probes", call -> call.created(Either.<DomainError, EchoRequest>right(call.body(EchoRequest.class)),
        created -> "/probes/" + created.text()));
    router.delete("/probes/{probeId}", call -> call.noContent(call.pathParam("probeId").equals("gone")
        ? Either.left(new nl.wmokader.core.shared.CommonError.NotFound("Probe", "gone"))
        : Either.right(call.pathParam("probeId"))));
  }
}
