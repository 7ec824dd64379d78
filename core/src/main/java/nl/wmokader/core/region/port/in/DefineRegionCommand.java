package nl.wmokader.core.region.port.in;

import io.vavr.collection.Seq;
import nl.wmokader.core.region.domain.Member;

/** The region's name and members (exactly one of them central). */
public record DefineRegionCommand(String name, Seq<Member> members) {}
