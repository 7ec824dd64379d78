package nl.wmokader.core.settlement.application;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import nl.wmokader.core.settlement.domain.ContributionCalculator;
import nl.wmokader.core.settlement.domain.ContributionSchedule;
import nl.wmokader.core.settlement.domain.ContributionStatement;
import nl.wmokader.core.settlement.domain.Household;
import nl.wmokader.core.settlement.domain.HouseholdId;
import nl.wmokader.core.settlement.domain.HouseholdProvision;
import nl.wmokader.core.settlement.port.in.CalculateContributionCommand;
import nl.wmokader.core.settlement.port.in.CalculateContributionUseCase;
import nl.wmokader.core.settlement.port.in.HouseholdInput;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.InvalidInput;

/**
 * The personal contribution of given households under the configured schedule. The households are
 * personal data: they live only for the call, and neither they nor their fields appear in an error
 * message or a log (field errors name paths such as {@code households[2].clientBirthDate}).
 */
public final class ContributionServices implements CalculateContributionUseCase {

  /** The most households one calculation takes: with 120 months, at most 120,000 household-months. */
  static final int MAX_HOUSEHOLDS = 1_000;
  static final int MAX_PROVISIONS = 100;

  private final ContributionCalculator calculator;
  private final AccessPolicy access;

  public ContributionServices(ContributionSchedule schedule, AccessPolicy access) {
    this.access = requireNonNull(access, "access");
    this.calculator = new ContributionCalculator(requireNonNull(schedule, "schedule"));
  }

  @Override
  public Either<DomainError, ContributionStatement> calculateContribution(Actor actor,
                                                                         CalculateContributionCommand command) {
    return access.require(actor, "calculate personal contributions", Actor.Role.REGION, Actor.Role.MUNICIPALITY)
        .flatMap(a -> households(command))
        .flatMap(households -> calculator.charges(households, command.from(), command.until()));
  }

  /** The households, or every invalid field of the command at once (the period's checks as the calculator's). */
  private static Either<DomainError, Seq<Household>> households(CalculateContributionCommand c) {
    if (c == null) {
      return Either.left(InvalidInput.of("calculation", "required", "is required"));
    }
    FieldChecks fields = new FieldChecks();
    boolean from = fields.required("from", c.from());
    boolean until = fields.required("until", c.until());
    if (from && until) {
      if (c.until().isBefore(c.from())) {
        fields.add("until", "before_start", "must not lie before from");
      } else if (ChronoUnit.MONTHS.between(c.from(), c.until()) >= ContributionCalculator.MAX_MONTHS) {
        fields.add("until", "too_long", "at most " + ContributionCalculator.MAX_MONTHS + " months");
      }
    }
    List<Household> households = List.empty();
    if (fields.required("households", c.households())) {
      fields.check(c.households().size() <= MAX_HOUSEHOLDS, "households", "too_many",
          "at most " + MAX_HOUSEHOLDS + " households");
      List<UUID> seen = List.empty();
      for (int i = 0; i < c.households().size() && i < MAX_HOUSEHOLDS; i++) {
        String at = "households[" + i + "]";
        HouseholdInput h = c.households().get(i);
        if (!fields.required(at, h)) {
          continue;
        }
        if (fields.required(at + ".id", h.id())) {
          fields.check(!seen.contains(h.id()), at + ".id", "duplicate", "a household occurs more than once");
          seen = seen.append(h.id());
        }
        fields.required(at + ".clientBirthDate", h.clientBirthDate());
        Seq<HouseholdProvision> provisions = provisions(fields, at, h);
        if (h.id() != null && h.clientBirthDate() != null && provisions != null) {
          households = households.append(new Household(new HouseholdId(h.id()), h.clientBirthDate(),
              Option.of(h.partnerStatePensionDate()), provisions));
        }
      }
    }
    List<Household> valid = households;
    return fields.resultFrom(() -> valid);
  }

  /** The provisions of {@code h}, or null when one is invalid (its errors added). */
  private static Seq<HouseholdProvision> provisions(FieldChecks fields, String at, HouseholdInput h) {
    if (!fields.required(at + ".provisions", h.provisions())) {
      return null;
    }
    int before = fields.size();
    fields.check(h.provisions().size() <= MAX_PROVISIONS, at + ".provisions", "too_many",
        "at most " + MAX_PROVISIONS + " provisions");
    List<HouseholdProvision> provisions = List.empty();
    for (int j = 0; j < h.provisions().size() && j < MAX_PROVISIONS; j++) {
      String p = at + ".provisions[" + j + "]";
      HouseholdInput.ProvisionInput provision = h.provisions().get(j);
      if (!fields.required(p, provision)) {
        continue;
      }
      boolean category = fields.required(p + ".category", provision.category());
      boolean start = fields.required(p + ".start", provision.start());
      if (start && provision.end() != null && provision.end().isBefore(provision.start())) {
        fields.add(p + ".end", "before_start", "must not lie before start");
      } else if (category && start) {
        provisions = provisions.append(new HouseholdProvision(provision.category(),
            DateRange.of(provision.start(), Option.of(provision.end()))));
      }
    }
    return fields.size() == before ? provisions : null;
  }
}
