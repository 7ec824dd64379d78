package nl.wmokader.adapters.rest.monitoring;

import static java.util.Objects.requireNonNull;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.wmokader.adapters.rest.ApiRouter;
import nl.wmokader.adapters.rest.ApiRoutes;
import nl.wmokader.adapters.rest.ProblemException;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.CommonError;

/**
 * {@code GET /monitoring/changes}: a server-sent event stream ({@code text/event-stream}) telling a
 * dashboard that the figures may have changed, so it asks for them again. Who may read the figures
 * may follow it (the region's staff, members, analysts); the events carry a version only. Every
 * successful state-changing request of the API signals the {@link ChangeFeed} (see {@link
 * ApiRouter#onChange}); more streams than the feed allows: 503 with {@code Retry-After}.
 */
public final class ChangeRoutes implements ApiRoutes {
  /** The roles of the figures themselves ({@code MonitoringFiguresUseCase}): who may see them may know they changed. */
  private static final Set<Actor.Role> FOLLOWERS = EnumSet.of(Actor.Role.REGION, Actor.Role.MUNICIPALITY,
      Actor.Role.ANALYST);
  /** How long a client refused for want of room should wait, in seconds. */
  static final int RETRY_AFTER_SECONDS = 30;

  private final ChangeFeed feed;

  public ChangeRoutes(ChangeFeed feed) {
    this.feed = requireNonNull(feed, "feed");
  }

  @Override
  public void register(ApiRouter router) {
    router.onChange(feed::changed);
    router.onStopping(feed::closeAll);
    router.get("/monitoring/changes", call -> {
      if (!FOLLOWERS.contains(call.actor().role())) {
        call.fail(new CommonError.Forbidden("follow the changes of the monitoring figures"));
        return;
      }
      if (!feed.reserve()) {
        throw new ProblemException(503, "too_many_streams",
            "Too many change streams are open on this service; try again later.", List.of(),
            Map.of("Retry-After", String.valueOf(RETRY_AFTER_SECONDS)));
      }
      AtomicBoolean followed = new AtomicBoolean();
      try {
        call.eventStream(stream -> {
          followed.set(true);
          feed.follow(stream);
        });
      } finally {
        if (!followed.get()) {
          // a HEAD request, or a failure before the stream opened: its place is free again
          feed.release();
        }
      }
    });
  }
}
