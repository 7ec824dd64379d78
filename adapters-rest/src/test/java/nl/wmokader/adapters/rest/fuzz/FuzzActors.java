package nl.wmokader.adapters.rest.fuzz;

import java.util.List;
import java.util.Random;

/**
 * Who the suite's requests are made for, and the one place that knows how a request names its actor:
 * today the {@code Wmo-Actor} header value that {@link nl.wmokader.adapters.rest.testing.TestServer}
 * sends (bearer tokens are coming; the header stays as TestServer's development mode). Change
 * {@link #credential} and nothing else when that changes.
 */
final class FuzzActors {
  /** The seeded world's parties: each role, two members (the central one and another), two providers. */
  static final List<String> VALID = List.of("region", "supervisor", "municipality:0828", "municipality:1721",
      "municipality:0755", "provider:" + FuzzWorld.MAASOEVER, "provider:" + FuzzWorld.ZORGKRACHT);

  /** No actor, or one malformed: each must be a 401 (or a 400 for a body or parameter checked first). */
  private static final List<String> INVALID = java.util.Arrays.asList(null, "", "Region", "REGION", "municipality:828",
      "municipality:08280", "provider:1234567", "provider:abcdefgh", "toezichthouder", "region,supervisor",
      "municipality:", "provider:98000001 ");

  private FuzzActors() {}

  static String valid(Random random) {
    return VALID.get(random.nextInt(VALID.size()));
  }

  static String invalid(Random random) {
    return INVALID.get(random.nextInt(INVALID.size()));
  }

  /**
   * What {@link nl.wmokader.adapters.rest.testing.TestServer#send} takes as its actor argument for
   * {@code actor} (one of {@link #VALID} or {@link #invalid}): today the header value itself.
   */
  static String credential(String actor) {
    return actor;
  }
}
