package nl.wmokader.adapters.rest;

import static nl.wmokader.adapters.rest.testing.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import nl.wmokader.adapters.rest.testing.ProbeRoutes;
import nl.wmokader.adapters.rest.testing.TestServer;
import org.junit.jupiter.api.Test;

/** Requests per actor: a burst, then the sustained rate; beyond it a 429 that says when to come back. */
class RateLimitTest {

  @Test
  void a_bucket_gives_its_burst_then_one_request_per_refill() {
    AtomicLong now = new AtomicLong();
    RateLimit.Buckets buckets = new RateLimit(2.0, 3).buckets(now::get);
    assertThat(List.of(buckets.take("a"), buckets.take("a"), buckets.take("a"))).containsOnly(0L);
    assertThat(buckets.take("a")).isEqualTo(1L);
    assertThat(buckets.take("b")).as("another actor has a bucket of its own").isZero();
    now.addAndGet(500_000_000L);
    assertThat(buckets.take("a")).as("half a second at 2 a second: one token back").isZero();
    assertThat(buckets.take("a")).isEqualTo(1L);
    now.addAndGet(10_000_000_000L);
    assertThat(List.of(buckets.take("a"), buckets.take("a"), buckets.take("a"), buckets.take("a")))
        .as("a quiet spell refills up to the burst, not beyond").containsExactly(0L, 0L, 0L, 1L);
    assertThat(new RateLimit(0.1, 1).buckets(now::get).take("c")).isZero();
    assertThatThrownBy(() -> new RateLimit(0, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RateLimit(1, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void beyond_its_limit_an_actor_gets_a_429_with_retry_after_and_others_go_on() {
    try (TestServer server = TestServer.start(TestServer.options().withRateLimit(new RateLimit(0.5, 3)),
        List.of(new ProbeRoutes(3)))) {
      for (int i = 0; i < 3; i++) {
        assertThat(server.get("/api/v1/probes", "region").status()).isEqualTo(200);
      }
      TestServer.Reply refused = server.get("/api/v1/probes", "region");
      assertProblem(refused, 429, "too_many_requests");
      assertThat(refused.header("Retry-After")).hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isBetween(1L, 2L));
      assertThat(server.get("/api/v1/probes", "supervisor").status()).isEqualTo(200);
      assertThat(server.get("/api/v1/openapi.json", null).status()).as("the document takes no actor").isEqualTo(200);
    }
  }

  @Test
  void requests_without_a_valid_identity_are_limited_per_address_and_do_not_use_up_an_actors_requests() {
    try (TestServer server = TestServer.start(TestServer.options().withRateLimit(new RateLimit(0.5, 3)),
        List.of(new ProbeRoutes(3)))) {
      for (int i = 0; i < 3; i++) {
        assertThat(server.get("/api/v1/probes", null).status()).isEqualTo(401);
      }
      TestServer.Reply refused = server.get("/api/v1/probes", null);
      assertProblem(refused, 429, "too_many_requests");
      assertThat(refused.header("Retry-After")).isPresent();
      assertThat(server.get("/api/v1/probes", "no-such-role").status()).as("a bad identity counts too").isEqualTo(429);
      assertThat(server.get("/api/v1/probes", "region").status()).as("an actor's own bucket").isEqualTo(200);
    }
  }

  @Test
  void addresses_beyond_the_most_kept_start_afresh_instead_of_growing_without_bound() {
    java.util.concurrent.atomic.AtomicLong now = new java.util.concurrent.atomic.AtomicLong();
    RateLimit.Buckets buckets = new RateLimit(1.0, 1).buckets(now::get);
    assertThat(buckets.take("10.0.0.1", 2)).isZero();
    assertThat(buckets.take("10.0.0.1", 2)).as("its one request used").isPositive();
    assertThat(buckets.take("10.0.0.2", 2)).isZero();
    assertThat(buckets.take("10.0.0.3", 2)).as("a third address: the kept ones start afresh").isZero();
    assertThat(buckets.take("10.0.0.1", 2)).isZero();
  }
}
