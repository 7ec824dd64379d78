package nl.wmokader.core.settlement.port.in;

import nl.wmokader.core.shared.Money;

/**
 * A shared cost to divide over the region's members.
 *
 * @param purpose the cost pool, e.g. {@code REGIONAL_TEAMS} or {@code SPECIALIST_SAFETY_NET}
 * @param totalCents the total in cents, 0 or more
 * @param key how to divide it
 */
public record AllocateCostsCommand(String purpose, Long totalCents, AllocationKeyInput key) {

  public static AllocateCostsCommand of(String purpose, Money total, AllocationKeyInput key) {
    return new AllocateCostsCommand(purpose, total.cents(), key);
  }
}
