package nl.wmokader.adapters.rest.iwmo;

import java.time.LocalDate;
import java.util.List;
import nl.wmokader.core.settlement.port.in.ClaimLineInput;

/**
 * A 323 as read: its header and claim as the message carries them (text the core reads, values of
 * XML types the reader parsed), its lines in order, grouped by client as the message groups them,
 * and the technical problems the reader found in values of XML types (a date, an integer, debit or
 * credit). Problems name where, never a value: a message carries BSNs.
 */
record Message323(IwmoHeader header, Claim claim, List<ClientGroup> clients, List<Line> lines, List<String> problems) {

  /**
   * The Declaratie: {@code month} as {@code YYYY-MM} when DeclaratiePeriode is one calendar month
   * (else null, with a problem); the total with its sign (credit negative), null when unreadable.
   */
  record Claim(String number, String month, LocalDate dagtekening, Long totalCents) {}

  /** One Client: its BSN as sent and the indexes of its lines, {@code from} inclusive, {@code to} exclusive. */
  record ClientGroup(String bsn, int from, int to) {}

  /** One Prestatie as the core reads it, and whether it carried a ProductTarief (echoed only then). */
  record Line(ClaimLineInput input, boolean tariffGiven) {}

  boolean isTechnicallySound() {
    return problems.isEmpty();
  }
}
