package nl.wmokader.core.monitoring.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.Tuple2;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * One group of a breakdown (one member, one age band, …): how many responded, unless that is fewer
 * than the minimum, and each statement's cell, in the questionnaire's order.
 *
 * @param statements per statement code, its cell
 */
public record GroupResults(String group, Option<Integer> responses, Seq<Tuple2<String, Cell>> statements) {
  public GroupResults {
    requireNonNull(group, "group");
    requireNonNull(responses, "responses");
    requireNonNull(statements, "statements");
  }

  /** The cell of {@code statement}. */
  public Option<Cell> cell(String statement) {
    return statements.find(s -> s._1.equals(statement)).map(Tuple2::_2);
  }
}
