package nl.wmokader.core.settlement.application;

import static java.util.Objects.requireNonNull;

import io.vavr.Tuple;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.temporal.ChronoUnit;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.region.domain.Member;
import nl.wmokader.core.region.domain.Region;
import nl.wmokader.core.region.port.in.GetRegionUseCase;
import nl.wmokader.core.settlement.domain.Allocation;
import nl.wmokader.core.settlement.domain.AllocationKey;
import nl.wmokader.core.settlement.domain.AllocationPurpose;
import nl.wmokader.core.settlement.domain.SettlementTotal;
import nl.wmokader.core.settlement.port.in.AllocateCostsCommand;
import nl.wmokader.core.settlement.port.in.AllocateCostsUseCase;
import nl.wmokader.core.settlement.port.in.AllocationKeyInput;
import nl.wmokader.core.settlement.port.out.SettlementTotals;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * Regional cost allocation over the members: the key asked for is turned into an
 * {@link AllocationKey} (actual use from the approved claims) and {@link Allocation#divide} decides.
 * Nothing is stored: the same input over the same claims gives the same allocation.
 */
public final class AllocationServices implements AllocateCostsUseCase {

  /** The longest purpose name; a cost pool's name, not a text. */
  static final int MAX_PURPOSE_LENGTH = 100;
  /** The longest period of settlement months an actual-use key reads: ten years. */
  static final int MAX_MONTHS = 120;
  /** The most years a blend may phase over. */
  static final int MAX_BLEND_YEARS = 100;

  private final SettlementTotals readSide;
  private final AccessPolicy access;
  private final GetRegionUseCase region;

  public AllocationServices(SettlementTotals readSide, GetRegionUseCase region, AccessPolicy access) {
    this.access = requireNonNull(access, "access");
    this.readSide = requireNonNull(readSide, "readSide");
    this.region = requireNonNull(region, "region");
  }

  @Override
  public Either<DomainError, Allocation> allocateCosts(Actor actor, AllocateCostsCommand command) {
    return access.require(actor, "compute cost allocations", Actor.Role.REGION, Actor.Role.MUNICIPALITY)
        .flatMap(a -> validate(command))
        .flatMap(c -> region.getRegion(actor)
            .flatMap(r -> memberScope(actor, r))
            .flatMap(r -> Either.narrow(Allocation.divide(r, new AllocationPurpose(c.purpose().strip()),
                Money.ofCents(c.totalCents()), key(r, c.key())))));
  }

  /** The region, unless the actor is staff of a municipality outside it. */
  private static Either<DomainError, Region> memberScope(Actor actor, Region region) {
    return actor.municipality().exists(m -> !region.isMember(m))
        ? Either.left(new CommonError.Forbidden("compute cost allocations of a region it is not a member of"))
        : Either.right(region);
  }

  /** The rule's key; actual use sums the approved net amounts per current member (a former member's use is not divided over). */
  private AllocationKey key(Region region, AllocationKeyInput input) {
    if (input instanceof AllocationKeyInput.Inhabitants k) {
      return new AllocationKey.Inhabitants(k.referenceDate());
    }
    if (input instanceof AllocationKeyInput.ActualUse k) {
      Set<ProductCategory> categories = k.categories().toSet();
      Seq<SettlementTotal> totals = readSide.settlementTotals(Option.none(), k.fromMonth(), k.untilMonth())
          .filter(t -> categories.contains(t.category()) && region.isMember(t.member()));
      Map<MunicipalityCode, Long> use = LinkedHashMap.ofEntries(region.members().map(Member::code)
          .map(code -> Tuple.of(code, totals.filter(t -> t.member().equals(code))
              .map(t -> t.net().cents()).fold(0L, Math::addExact))));
      return new AllocationKey.ActualUse(use);
    }
    if (input instanceof AllocationKeyInput.FixedShares k) {
      return new AllocationKey.FixedShares(LinkedHashMap.ofEntries(k.shares().map(s -> Tuple.of(s.member(), s.share()))),
          k.whole());
    }
    AllocationKeyInput.Blend k = (AllocationKeyInput.Blend) input;
    return new AllocationKey.Blend(key(region, k.from()), key(region, k.to()), k.year(), k.years());
  }

  private static Either<DomainError, AllocateCostsCommand> validate(AllocateCostsCommand c) {
    if (c == null) {
      return Either.left(InvalidInput.of("allocation", "required", "is required"));
    }
    FieldChecks fields = new FieldChecks();
    if (fields.requiredText("purpose", c.purpose())) {
      fields.check(c.purpose().strip().length() <= MAX_PURPOSE_LENGTH, "purpose", "too_long",
          "must be at most " + MAX_PURPOSE_LENGTH + " characters");
    }
    if (fields.required("totalCents", c.totalCents())) {
      fields.check(c.totalCents() >= 0 && c.totalCents() <= SettlementServices.MAX_CENTS, "totalCents", "out_of_range",
          "must be 0 to " + SettlementServices.MAX_CENTS);
    }
    key(fields, "key", c.key(), false);
    return fields.result(c);
  }

  private static void key(FieldChecks fields, String at, AllocationKeyInput key, boolean inBlend) {
    if (!fields.required(at, key)) {
      return;
    }
    if (key instanceof AllocationKeyInput.Inhabitants k) {
      fields.required(at + ".referenceDate", k.referenceDate());
    } else if (key instanceof AllocationKeyInput.ActualUse k) {
      boolean from = fields.required(at + ".fromMonth", k.fromMonth());
      boolean until = fields.required(at + ".untilMonth", k.untilMonth());
      if (from && until) {
        if (k.untilMonth().isBefore(k.fromMonth())) {
          fields.add(at + ".untilMonth", "before_start", "must not lie before fromMonth");
        } else if (ChronoUnit.MONTHS.between(k.fromMonth(), k.untilMonth()) >= MAX_MONTHS) {
          fields.add(at + ".untilMonth", "too_long", "at most " + MAX_MONTHS + " months");
        }
      }
      if (fields.required(at + ".categories", k.categories())) {
        fields.check(!k.categories().isEmpty(), at + ".categories", "required", "at least one category");
        for (int i = 0; i < k.categories().size(); i++) {
          fields.required(at + ".categories[" + i + "]", k.categories().get(i));
        }
      }
    } else if (key instanceof AllocationKeyInput.FixedShares k) {
      if (fields.required(at + ".shares", k.shares())) {
        fields.check(!k.shares().isEmpty(), at + ".shares", "required", "at least one share");
        Seq<MunicipalityCode> seen = io.vavr.collection.List.empty();
        for (int i = 0; i < k.shares().size(); i++) {
          String share = at + ".shares[" + i + "]";
          AllocationKeyInput.Share s = k.shares().get(i);
          if (!fields.required(share, s)) {
            continue;
          }
          if (fields.required(share + ".member", s.member())) {
            fields.check(!seen.contains(s.member()), share + ".member", "duplicate", "names a member twice");
            seen = seen.append(s.member());
          }
          if (fields.required(share + ".share", s.share())) {
            fields.check(s.share() >= 0, share + ".share", "negative", "must be 0 or more");
          }
        }
      }
      if (fields.required(at + ".whole", k.whole())) {
        fields.check(k.whole() > 0, at + ".whole", "out_of_range", "must be 1 or more");
      }
    } else if (key instanceof AllocationKeyInput.Blend k) {
      if (inBlend) {
        fields.add(at, "nested_blend", "a blend phases between two keys that are not blends themselves");
        return;
      }
      key(fields, at + ".from", k.from(), true);
      key(fields, at + ".to", k.to(), true);
      boolean years = fields.required(at + ".years", k.years());
      if (years) {
        fields.check(k.years() >= 1 && k.years() <= MAX_BLEND_YEARS, at + ".years", "out_of_range",
            "must be 1 to " + MAX_BLEND_YEARS);
      }
      if (fields.required(at + ".year", k.year()) && years) {
        fields.check(k.year() >= 0 && k.year() <= k.years(), at + ".year", "out_of_range", "must be 0 to years");
      }
    }
  }
}
