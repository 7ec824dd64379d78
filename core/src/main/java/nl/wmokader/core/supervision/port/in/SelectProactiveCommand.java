package nl.wmokader.core.supervision.port.in;

import java.time.LocalDate;

/**
 * The yearly proactive selection as of {@code asOf} (today when absent), with {@code seed} drawn
 * and recorded by the region's board: the same data and seed give the same selection.
 */
public record SelectProactiveCommand(LocalDate asOf, Long seed) {}
