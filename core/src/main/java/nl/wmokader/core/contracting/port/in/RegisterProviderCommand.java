package nl.wmokader.core.contracting.port.in;

import nl.wmokader.core.shared.AgbCode;

/** A provider to register: its AGB code and name (at most 200 characters). */
public record RegisterProviderCommand(AgbCode agb, String name) {}
