package nl.wmokader.core.settlement.port.in;

import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.LocalDate;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;

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

  /**
   * A key as sent: {@code type} is {@code inhabitants} ({@code referenceDate}), {@code actualUse}
   * ({@code fromMonth}, {@code untilMonth}, {@code categories}), {@code fixedShares} ({@code shares},
   * {@code whole}) or {@code blend} ({@code from}, {@code to}, {@code year}, {@code years}).
   */
  public record RawKey(String type, LocalDate referenceDate, String fromMonth, String untilMonth,
                       java.util.List<ProductCategory> categories, java.util.List<RawShare> shares, Long whole,
                       RawKey from, RawKey to, Integer year, Integer years) {}

  /** One member's fixed share as sent. */
  public record RawShare(String member, Long share) {}

  /**
   * The command from raw values, or every malformed field: the key's type, the fields another type
   * would carry, month and code formats (as {@code key.shares[1].member}); what is required and in
   * range is the use case's to say.
   */
  public static Either<DomainError, AllocateCostsCommand> read(String purpose, Long totalCents, RawKey key) {
    FieldChecks check = new FieldChecks();
    AllocationKeyInput parsed = key(check, "key", key);
    return check.resultFrom(() -> new AllocateCostsCommand(purpose, totalCents, parsed));
  }

  private static AllocationKeyInput key(FieldChecks check, String at, RawKey k) {
    if (k == null) {
      return null;
    }
    if (k.type() == null) {
      check.add(at + ".type", "required", "is required");
      return null;
    }
    switch (k.type()) {
      case "inhabitants":
        only(check, at, k, "referenceDate");
        return new AllocationKeyInput.Inhabitants(k.referenceDate());
      case "actualUse":
        only(check, at, k, "fromMonth", "untilMonth", "categories");
        return new AllocationKeyInput.ActualUse(SettlementFields.optionalMonth(check, at + ".fromMonth", k.fromMonth()),
            SettlementFields.optionalMonth(check, at + ".untilMonth", k.untilMonth()),
            k.categories() == null ? null : List.ofAll(k.categories()));
      case "fixedShares":
        only(check, at, k, "shares", "whole");
        return new AllocationKeyInput.FixedShares(k.shares() == null ? null : List.ofAll(k.shares()).zipWithIndex()
            .map(s -> s._1 == null ? null : new AllocationKeyInput.Share(
                code(check, at + ".shares[" + s._2 + "].member", s._1.member()), s._1.share())), k.whole());
      case "blend":
        only(check, at, k, "from", "to", "year", "years");
        return new AllocationKeyInput.Blend(key(check, at + ".from", k.from()), key(check, at + ".to", k.to()),
            k.year(), k.years());
      default:
        check.add(at + ".type", "unknown_type", "must be one of inhabitants, actualUse, fixedShares, blend");
        return null;
    }
  }

  private static MunicipalityCode code(FieldChecks check, String field, String raw) {
    return raw == null ? null : check.valid(MunicipalityCode.validate(field, raw));
  }

  /** Reports every field of another key type that {@code k} carries. */
  private static void only(FieldChecks check, String at, RawKey k, String... allowed) {
    java.util.List<String> ok = java.util.List.of(allowed);
    Object[][] fields = {
        {"referenceDate", k.referenceDate()}, {"fromMonth", k.fromMonth()}, {"untilMonth", k.untilMonth()},
        {"categories", k.categories()}, {"shares", k.shares()}, {"whole", k.whole()}, {"from", k.from()},
        {"to", k.to()}, {"year", k.year()}, {"years", k.years()}};
    for (Object[] field : fields) {
      if (field[1] != null && !ok.contains((String) field[0])) {
        check.add(at + "." + field[0], "not_allowed", "is not a field of a " + k.type() + " key");
      }
    }
  }
}
