package nl.wmokader.adapters.rest.identity;

import java.util.List;
import java.util.Map;
import nl.wmokader.adapters.rest.ActorHeader;
import nl.wmokader.adapters.rest.ProblemException;
import nl.wmokader.core.shared.Actor;

/**
 * The development mode: the actor is what the {@value ActorHeader#NAME} header says ({@link
 * ActorHeader#parse}). No person is named. Only for development and tests, or behind a gateway
 * that authenticates and replaces the header (two of them are refused, so one that adds its own
 * instead cannot be bypassed by whichever comes first).
 */
public final class DevelopmentHeader implements Authentication {
  /** The {@code WWW-Authenticate} challenge of a 401: the scheme tells the client what is expected. */
  public static final String CHALLENGE = ActorHeader.NAME + " realm=\"wmo-kader\"";

  DevelopmentHeader() {}

  @Override
  public Actor authenticate(Headers headers) {
    List<String> values = headers.all(ActorHeader.NAME);
    if (values.size() > 1) {
      throw new ProblemException(400, "actor_ambiguous",
          "The " + ActorHeader.NAME + " header is given " + values.size() + " times: a request names one actor.",
          List.of(), Map.of());
    }
    String value = values.isEmpty() ? null : values.get(0);
    if (value == null || value.isBlank()) {
      throw unauthenticated("actor_missing", "The " + ActorHeader.NAME
          + " header is required: region, supervisor, analyst, municipality:<CBS code> or provider:<AGB code>.");
    }
    return ActorHeader.parse(value).getOrElseThrow(() -> unauthenticated("actor_invalid",
        "The " + ActorHeader.NAME + " header is not one of region, supervisor, analyst, municipality:<4-digit CBS code>, "
            + "provider:<8-digit AGB code>."));
  }

  private static ProblemException unauthenticated(String code, String detail) {
    return new ProblemException(401, code, detail, List.of(), Map.of("WWW-Authenticate", CHALLENGE));
  }

  @Override
  public String toString() {
    return "the " + ActorHeader.NAME + " header (development mode)";
  }
}
