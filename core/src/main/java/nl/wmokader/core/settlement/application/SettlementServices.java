package nl.wmokader.core.settlement.application;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import nl.wmokader.core.contracting.port.in.GetProviderUseCase;
import nl.wmokader.core.region.domain.Member;
import nl.wmokader.core.region.domain.Region;
import nl.wmokader.core.region.port.in.GetRegionUseCase;
import nl.wmokader.core.settlement.domain.Budget;
import nl.wmokader.core.settlement.domain.BudgetStatus;
import nl.wmokader.core.settlement.domain.BudgetTerms;
import nl.wmokader.core.settlement.domain.CentralPayment;
import nl.wmokader.core.settlement.domain.MemberSettlement;
import nl.wmokader.core.settlement.domain.Recovery;
import nl.wmokader.core.settlement.domain.RecoveryId;
import nl.wmokader.core.settlement.domain.SettlementMonths;
import nl.wmokader.core.settlement.domain.SettlementTotal;
import nl.wmokader.core.settlement.port.in.CheckMemberBudgetsUseCase;
import nl.wmokader.core.settlement.port.in.GetBudgetStatusUseCase;
import nl.wmokader.core.settlement.port.in.GetCentralPaymentUseCase;
import nl.wmokader.core.settlement.port.in.GetMemberSettlementUseCase;
import nl.wmokader.core.settlement.port.in.RegisterRecoveryCommand;
import nl.wmokader.core.settlement.port.in.RegisterRecoveryUseCase;
import nl.wmokader.core.settlement.port.in.SetBudgetCommand;
import nl.wmokader.core.settlement.port.in.SetBudgetUseCase;
import nl.wmokader.core.settlement.port.out.BudgetRepository;
import nl.wmokader.core.settlement.port.out.RecoveryRepository;
import nl.wmokader.core.settlement.port.out.SettlementTotals;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.ErrorKind;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.IdGenerator;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * Settlement per member and settlement month (the month claims are answered in), the central payment and charge-back, recoveries, and
 * budgets with their forecast. Everything here is computed from the approved claim lines and the
 * recoveries; nothing is stored twice. A month's settlement and central payment are read once it is
 * final ({@link SettlementMonths}) and then kept: access is still checked on every request.
 */
public final class SettlementServices implements GetMemberSettlementUseCase, GetCentralPaymentUseCase,
    RegisterRecoveryUseCase, SetBudgetUseCase, GetBudgetStatusUseCase, CheckMemberBudgetsUseCase {

  /** The largest amount a recovery or budget may carry: ten billion euros, far beyond any region's year. */
  static final long MAX_CENTS = 1_000_000_000_000L;
  static final int MIN_YEAR = 2015;
  static final int MAX_YEAR = 2100;

  private final SettlementTotals readSide;
  private final RecoveryRepository recoveries;
  private final BudgetRepository budgets;
  private final GetRegionUseCase region;
  private final GetProviderUseCase providers;
  private final BudgetTerms terms;
  private final Clock clock;
  private final IdGenerator ids;
  private final FinalAnswers finalAnswers = new FinalAnswers();
  private final AccessPolicy access;

  public SettlementServices(SettlementTotals readSide, RecoveryRepository recoveries, BudgetRepository budgets,
                            GetRegionUseCase region, GetProviderUseCase providers, BudgetTerms terms, Clock clock,
                            IdGenerator ids, AccessPolicy access) {
    this.access = requireNonNull(access, "access");
    this.readSide = requireNonNull(readSide, "readSide");
    this.recoveries = requireNonNull(recoveries, "recoveries");
    this.budgets = requireNonNull(budgets, "budgets");
    this.region = requireNonNull(region, "region");
    this.providers = requireNonNull(providers, "providers");
    this.terms = requireNonNull(terms, "terms");
    this.clock = requireNonNull(clock, "clock");
    this.ids = requireNonNull(ids, "ids");
  }

  @Override
  public Either<DomainError, MemberSettlement> getMemberSettlement(Actor actor, MunicipalityCode member, YearMonth month) {
    return memberView(actor, "read settlements", member)
        .flatMap(m -> month == null ? Either.left(InvalidInput.of("month", "required", "is required")) : Either.right(m))
        .map(m -> settlement(m, month));
  }

  private MemberSettlement settlement(MunicipalityCode member, YearMonth month) {
    return isFinal(month)
        ? finalAnswers.get(new MemberMonth(member, month), () -> readSettlement(member, month))
        : readSettlement(member, month);
  }

  private MemberSettlement readSettlement(MunicipalityCode member, YearMonth month) {
    return new MemberSettlement(member, month, readSide.settlementTotals(Option.some(member), month, month),
        recoveries.find(Option.some(member), month, month));
  }

  private boolean isFinal(YearMonth month) {
    return SettlementMonths.isFinal(month, LocalDate.now(clock));
  }

  /** The key of a member-month's final settlement. */
  private record MemberMonth(MunicipalityCode member, YearMonth month) {}

  /** The key of a final central payment: the region's members are part of it. */
  private record CentralMonth(YearMonth month, Seq<MunicipalityCode> members) {}

  @Override
  public Either<DomainError, CentralPayment> getCentralPayment(Actor actor, YearMonth month) {
    return access.require(actor, "read the central payment", Actor.Role.REGION, Actor.Role.SUPERVISOR)
        .flatMap(a -> month == null ? Either.left(InvalidInput.of("month", "required", "is required")) : region.getRegion(a))
        .map(r -> centralPayment(month, r.members().map(Member::code)));
  }

  private CentralPayment centralPayment(YearMonth month, Seq<MunicipalityCode> members) {
    return isFinal(month)
        ? finalAnswers.get(new CentralMonth(month, members), () -> readCentralPayment(month, members))
        : readCentralPayment(month, members);
  }

  private CentralPayment readCentralPayment(YearMonth month, Seq<MunicipalityCode> members) {
    return CentralPayment.of(month, members, readSide.settlementSums(month), recoveries.find(Option.none(), month, month));
  }

  @Override
  public Either<DomainError, Recovery> registerRecovery(Actor actor, RegisterRecoveryCommand command) {
    return access.require(actor, "register recoveries", Actor.Role.REGION, Actor.Role.SUPERVISOR)
        .flatMap(a -> command == null ? Either.left(InvalidInput.of("recovery", "required", "is required")) : region.getRegion(a))
        .flatMap(r -> {
          FieldChecks fields = new FieldChecks();
          checkRecovery(fields, "", actor, r, command);
          return fields.result(command);
        })
        .flatMap(c -> registered(c).map(existing -> sameRecovery(existing, c))
            .getOrElse(() -> recoveries.add(recovery(c))));
  }

  @Override
  public Either<DomainError, Seq<Recovery>> registerRecoveries(Actor actor, Seq<RegisterRecoveryCommand> commands) {
    return checkRecoveries(actor, commands).flatMap(checked -> {
      // checked: every reference is new or names a recovery of the same content
      Seq<Option<Recovery>> existing = checked.map(this::registered);
      Seq<Recovery> asked = checked.zipWith(existing, (c, e) -> e.getOrElse(() -> recovery(c)));
      Seq<Recovery> fresh = asked.zip(existing).filter(pair -> pair._2.isEmpty()).map(pair -> pair._1);
      return fresh.isEmpty() ? Either.right(asked) : recoveries.addAll(fresh).map(added -> asked);
    });
  }

  @Override
  public Either<DomainError, Seq<RegisterRecoveryCommand>> checkRecoveries(Actor actor,
                                                                          Seq<RegisterRecoveryCommand> commands) {
    return access.require(actor, "register recoveries", Actor.Role.REGION, Actor.Role.SUPERVISOR)
        .flatMap(a -> commands == null || commands.isEmpty()
            ? Either.left(InvalidInput.of("recoveries", "required", "is required")) : region.getRegion(a))
        .flatMap(r -> {
          FieldChecks fields = new FieldChecks();
          for (int i = 0; i < commands.size(); i++) {
            RegisterRecoveryCommand c = commands.get(i);
            if (c == null) {
              fields.add("[" + i + "]", "required", "is required");
            } else {
              checkRecovery(fields, "[" + i + "].", actor, r, c);
            }
          }
          return fields.result(List.ofAll(commands));
        })
        .flatMap(checked -> {
          java.util.Set<String> seen = new java.util.HashSet<>();
          for (RegisterRecoveryCommand c : checked) {
            if (!seen.add(c.reference())) {
              return Either.left(new CommonError.Duplicate("recovery", c.reference()));
            }
            Option<Either<DomainError, Recovery>> clash = registered(c).map(existing -> sameRecovery(existing, c))
                .filter(Either::isLeft);
            if (clash.isDefined()) {
              return Either.left(clash.get().getLeft());
            }
          }
          return Either.right(checked);
        });
  }

  private Option<Recovery> registered(RegisterRecoveryCommand c) {
    return recoveries.findByReference(c.reference());
  }

  private Recovery recovery(RegisterRecoveryCommand c) {
    return new Recovery(new RecoveryId(ids.next()), c.provider(), c.member(), c.month(), Money.ofCents(c.amountCents()),
        c.reason(), c.reference(), LocalDate.now(clock));
  }

  /** Adds the field errors of {@code c} to {@code fields}, each field named after {@code prefix}. */
  private void checkRecovery(FieldChecks fields, String prefix, Actor actor, Region region, RegisterRecoveryCommand c) {
    LocalDate today = LocalDate.now(clock);
    if (fields.required(prefix + "provider", c.provider())) {
      Either<DomainError, ?> provider = providers.getProvider(actor, c.provider());
      fields.check(provider.isRight() || provider.getLeft().kind() != ErrorKind.NOT_FOUND, prefix + "provider",
          "unknown", "is not a registered provider");
    }
    if (fields.required(prefix + "member", c.member())) {
      fields.check(region.isMember(c.member()), prefix + "member", "not_a_member", "must be a member of the region");
    }
    if (fields.required(prefix + "month", c.month())) {
      fields.check(!c.month().isBefore(YearMonth.from(today)), prefix + "month", "in_past",
          "must be the current month or later: a closed settlement never changes");
    }
    if (fields.required(prefix + "amountCents", c.amountCents())) {
      fields.check(c.amountCents() > 0 && c.amountCents() <= MAX_CENTS, prefix + "amountCents", "out_of_range",
          "must be 1 to " + MAX_CENTS);
    }
    text(fields, prefix + "reason", c.reason(), Recovery.MAX_REASON_LENGTH);
    text(fields, prefix + "reference", c.reference(), Recovery.MAX_REFERENCE_LENGTH);
  }

  private static void text(FieldChecks fields, String field, String value, int max) {
    if (fields.requiredText(field, value)) {
      fields.check(value.length() <= max, field, "too_long", "must be at most " + max + " characters");
    }
  }

  private static Either<DomainError, Recovery> sameRecovery(Recovery existing, RegisterRecoveryCommand asked) {
    boolean same = existing.provider().equals(asked.provider()) && existing.member().equals(asked.member())
        && existing.month().equals(asked.month()) && existing.amount().cents() == asked.amountCents()
        && existing.reason().equals(asked.reason());
    return same ? Either.right(existing) : Either.left(new CommonError.Duplicate("recovery", asked.reference()));
  }


  @Override
  public boolean hasBudgets(MunicipalityCode municipality) {
    return budgets.holdsAny(municipality);
  }

  @Override
  public Either<DomainError, Budget> setBudget(Actor actor, SetBudgetCommand command) {
    Either<DomainError, Actor> party = access.requireParty(actor, "set budgets");
    if (party.isLeft()) {
      return Either.left(party.getLeft());
    }
    if (command == null) {
      return Either.left(InvalidInput.of("budget", "required", "is required"));
    }
    return memberView(actor, "set budgets", command.member())
        .flatMap(member -> {
          FieldChecks fields = new FieldChecks();
          year(fields, command.year());
          if (fields.required("amountCents", command.amountCents())) {
            fields.check(command.amountCents() >= 0 && command.amountCents() <= MAX_CENTS, "amountCents", "out_of_range",
                "must be 0 to " + MAX_CENTS);
          }
          if (fields.required("expectedVersion", command.expectedVersion())) {
            fields.check(command.expectedVersion() >= 0, "expectedVersion", "out_of_range", "must not be negative");
          }
          return fields.resultFrom(() -> new Budget(member, command.year(), Money.ofCents(command.amountCents()),
              command.expectedVersion()));
        })
        .flatMap(actor.role() == Actor.Role.SUPERVISOR
            ? b -> Either.left(new CommonError.Forbidden("set budgets"))
            : budgets::save);
  }

  @Override
  public Either<DomainError, BudgetStatus> getBudgetStatus(Actor actor, MunicipalityCode member, int year) {
    return memberView(actor, "read budgets", member)
        .flatMap(m -> {
          FieldChecks fields = new FieldChecks();
          year(fields, year);
          return fields.result(m);
        })
        .map(m -> {
          LocalDate today = LocalDate.now(clock);
          int closed = year < today.getYear() ? 12 : year > today.getYear() ? 0 : today.getMonthValue() - 1;
          Seq<BudgetStatus.MonthSpending> months = List.empty();
          if (closed > 0) {
            YearMonth first = YearMonth.of(year, 1);
            YearMonth last = YearMonth.of(year, closed);
            Seq<SettlementTotal> totals = readSide.settlementTotals(Option.some(m), first, last);
            Seq<Recovery> recovered = recoveries.find(Option.some(m), first, last);
            months = List.rangeClosed(1, closed).map(i -> YearMonth.of(year, i)).map(month -> new BudgetStatus.MonthSpending(
                month, new MemberSettlement(m, month, totals.filter(t -> t.month().equals(month)),
                    recovered.filter(r -> r.month().equals(month))).total()));
          }
          return BudgetStatus.of(m, year, budgets.find(m, year), months, closed, terms);
        });
  }

  private static void year(FieldChecks fields, Integer year) {
    if (fields.required("year", year)) {
      fields.check(year >= MIN_YEAR && year <= MAX_YEAR, "year", "out_of_range", "must be " + MIN_YEAR + " to " + MAX_YEAR);
    }
  }

  /**
   * The member when the actor may see its money: the region and supervisors every member, a
   * member's staff only their own ({@code NotFound} otherwise), providers never.
   */
  private Either<DomainError, MunicipalityCode> memberView(Actor actor, String action, MunicipalityCode member) {
    return access.require(actor, action, Actor.Role.REGION, Actor.Role.SUPERVISOR, Actor.Role.MUNICIPALITY)
        .flatMap(a -> member == null ? Either.left(InvalidInput.of("member", "required", "is required")) : Either.right(a))
        .flatMap(a -> a.role() == Actor.Role.MUNICIPALITY && !a.municipality().contains(member)
            ? Either.left(new CommonError.NotFound("member", member.value()))
            : region.getRegion(a))
        .flatMap(r -> r.isMember(member)
            ? Either.right(member)
            : Either.left(InvalidInput.of("member", "not_a_member", "must be a member of the region")));
  }
}
