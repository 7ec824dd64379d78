package nl.wmokader.examples.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.wmokader.core.settlement.domain.Claim;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * (a) under JMH: one prepared month of the region-year's claims (month 1, every provider and
 * member), answered by {@code submitClaim} against a store freshly issued for each iteration, and
 * by the floor against a fresh floor. Single shot: a submission changes the store, so one
 * iteration is one month on a store that has not seen it. {@link JmhBench} turns the times into
 * lines per second.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ClaimSubmissionBenchmark {

  /** The project's side: issuing is setup, only the submission is timed. */
  @State(Scope.Benchmark)
  public static class Project {
    @Param("2000")
    public int assignments;

    RegionYear plan;
    InMemoryWorld world;
    List<RawClaim> month;

    @Setup(Level.Trial)
    public void plan() {
      plan = RegionYear.plan(RegionYear.Spec.region(assignments));
    }

    @Setup(Level.Iteration)
    public void freshStore() {
      world = InMemoryWorld.issue(plan);
      month = world.world.claims(1);
      world.clock.set(RegionYear.submittedOn(1));
    }
  }

  /** The floor's side: the same commands (stand-in identifiers), a fresh floor per iteration. */
  @State(Scope.Benchmark)
  public static class Plain {
    @Param("2000")
    public int assignments;

    RegionYear.World world;
    List<RawClaim> month;
    Floor floor;

    @Setup(Level.Trial)
    public void plan() {
      world = RegionYear.plan(RegionYear.Spec.region(assignments)).unissued();
      month = world.claims(1);
    }

    @Setup(Level.Iteration)
    public void freshFloor() {
      floor = Floor.of(world);
    }
  }

  @Benchmark
  public List<Claim> project(Project state) {
    List<Claim> answers = new ArrayList<>(state.month.size());
    state.world.submit(state.month, answers);
    return answers;
  }

  @Benchmark
  public List<Floor.Claim> floor(Plain state) {
    List<Floor.Claim> answers = new ArrayList<>(state.month.size());
    for (RawClaim c : state.month) {
      answers.add(state.floor.submit(c, RegionYear.submittedOn(1)));
    }
    return answers;
  }
}
