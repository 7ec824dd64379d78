package nl.wmokader.core.supervision.port.in;

import nl.wmokader.core.supervision.domain.CalamityId;

/** Records {@code step} on {@code calamity} today; {@code text} is required to conclude and follow up, absent to start. */
public record RecordGgdStepCommand(CalamityId calamity, GgdStep step, String text) {}
