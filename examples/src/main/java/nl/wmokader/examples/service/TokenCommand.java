package nl.wmokader.examples.service;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import nl.wmokader.adapters.rest.ActorHeader;
import nl.wmokader.core.shared.Actor;

/**
 * {@code java -jar wmo-kader-examples.jar token <actor> [--person <name>] [--minutes <n>]}: prints a
 * development token for {@code actor} ({@code region}, {@code supervisor}, {@code
 * municipality:<CBS code>}, {@code provider:<AGB code>}), signed with the key the service uses in
 * the same environment (made here when the service has not started yet), valid for {@code n}
 * minutes (60 by default, at most 720). Refused when the environment configures a real issuer:
 * such a service does not accept development tokens.
 */
final class TokenCommand {
  static final String USAGE = "usage: token <region|supervisor|municipality:<CBS code>|provider:<AGB code>> "
      + "[--person <name>] [--minutes <1..720>]";

  private TokenCommand() {}

  /** Runs the command; the exit status (0 printed, 2 refused). */
  static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
    if (args.length == 0 || args.length % 2 == 0) {
      err.println(USAGE);
      return ExampleService.EXIT_CONFIGURATION;
    }
    Actor actor = ActorHeader.parse(args[0]).getOrNull();
    if (actor == null) {
      err.println("not an actor: " + args[0] + "\n" + USAGE);
      return ExampleService.EXIT_CONFIGURATION;
    }
    String person = "dev:" + args[0];
    long minutes = DevelopmentTokens.DEFAULT_LIFETIME.toMinutes();
    for (int i = 1; i < args.length; i += 2) {
      switch (args[i]) {
        case "--person" -> person = args[i + 1];
        case "--minutes" -> {
          try {
            minutes = Long.parseLong(args[i + 1]);
          } catch (NumberFormatException e) {
            minutes = -1;
          }
        }
        default -> minutes = -1;
      }
    }
    if (minutes < 1 || minutes > DevelopmentTokens.MAX_LIFETIME.toMinutes()) {
      err.println(USAGE);
      return ExampleService.EXIT_CONFIGURATION;
    }
    IdentityConfig identity;
    try {
      identity = ServiceConfig.fromEnvironment(environment).identity();
    } catch (ServiceConfig.InvalidConfiguration e) {
      err.println("Invalid configuration: " + e.getMessage());
      return ExampleService.EXIT_CONFIGURATION;
    }
    if (!(identity instanceof IdentityConfig.Development development)) {
      err.println("This environment's service does not accept development tokens: " + identity.describe());
      return ExampleService.EXIT_CONFIGURATION;
    }
    try {
      out.println(DevelopmentTokens.inFile(development.keyFile()).issue(actor, person, Duration.ofMinutes(minutes),
          Clock.systemUTC()));
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      return ExampleService.EXIT_CONFIGURATION;
    }
    return 0;
  }
}
