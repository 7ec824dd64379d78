package nl.wmokader.core.contracting.port.in;

/** Contact details as a command gives them, not yet validated (see {@code SupervisionContact}). */
public record ContactInput(String name, String email, String phone) {}
