package nl.wmokader.core.contracting.port.in;

import io.vavr.collection.Seq;
import nl.wmokader.core.contracting.domain.ClaimMomentKind;
import nl.wmokader.core.contracting.domain.ClaimPeriod;

/** Claim moments as a command gives them, not yet validated (see {@code ClaimMoments}); {@code period} may be null. */
public record ClaimMomentsInput(ClaimMomentKind kind, ClaimPeriod period, Seq<String> milestones) {}
