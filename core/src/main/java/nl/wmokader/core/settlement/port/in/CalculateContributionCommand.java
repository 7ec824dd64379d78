package nl.wmokader.core.settlement.port.in;

import io.vavr.collection.Seq;
import java.time.YearMonth;

/** The households whose personal contribution to compute for the calendar months {@code from..until}. */
public record CalculateContributionCommand(Seq<HouseholdInput> households, YearMonth from, YearMonth until) {}
