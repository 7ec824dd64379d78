package nl.wmokader.core.supervision.domain;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import nl.wmokader.core.shared.MunicipalityCode;

/** A member municipality was informed of the investigation's outcome on {@code on} (arrangement art. 9). */
public record MemberInformed(MunicipalityCode member, LocalDate on) {
  public MemberInformed {
    requireNonNull(member, "member");
    requireNonNull(on, "on");
  }
}
