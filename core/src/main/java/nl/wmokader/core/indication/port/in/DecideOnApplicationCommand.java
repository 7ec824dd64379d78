package nl.wmokader.core.indication.port.in;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.function.Function;
import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.indication.domain.DeliveryForm;
import nl.wmokader.core.indication.domain.IndicationId;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;

/**
 * The decision on an application: exactly one of a grant and a refusal reason. Use the factories:
 * from raw values {@link #read}; {@link #validated} is the part of the second round that needs
 * neither the case, the catalogue nor the clock.
 */
public record DecideOnApplicationCommand(IndicationId indication, LocalDate decidedOn,
    Option<GrantTerms> grant, Option<String> refusalReason) {

  /** The most characters of a refusal reason and of each goal. */
  public static final int MAX_TEXT = 2000;
  /** The most goals of a grant. */
  public static final int MAX_GOALS = 50;

  /**
   * What is granted, as sent: {@code quantity} of {@code unit} per {@code frequency} (cents for
   * EUROS), valid from {@code validFrom} to {@code validUntil} (absent: open-ended), with the
   * results to reach. Any component may be null.
   */
  public record GrantInput(ProductCategory category, String product, DeliveryForm form, Long quantity, Unit unit,
      Frequency frequency, LocalDate validFrom, LocalDate validUntil, java.util.List<String> goals,
      LocalDate evaluationDate) {}

  public static DecideOnApplicationCommand grant(IndicationId indication, LocalDate decidedOn, GrantTerms grant) {
    return new DecideOnApplicationCommand(indication, decidedOn, Option.some(grant), Option.none());
  }

  public static DecideOnApplicationCommand refuse(IndicationId indication, LocalDate decidedOn, String reason) {
    return new DecideOnApplicationCommand(indication, decidedOn, Option.none(), Option.some(reason));
  }

  /**
   * The decision on the case named apart (a path's) from raw values: its date and a grant or a
   * refusal reason (which of the two, and what the grant may hold, is {@link #validated}'s); or
   * every missing or malformed field ({@code grant.goals[1]}).
   */
  public static Either<DomainError, Function<IndicationId, DecideOnApplicationCommand>> read(
      LocalDate decidedOn, GrantInput grant, String refusalReason) {
    FieldChecks check = new FieldChecks();
    LocalDate on = check.present("decidedOn", decidedOn);
    Option<GrantTerms> terms = grant == null ? Option.none() : Option.of(terms(check, grant));
    Option<String> reason = Option.of(refusalReason);
    return check.resultFrom(() -> id -> new DecideOnApplicationCommand(id, on, terms, reason));
  }

  private static GrantTerms terms(FieldChecks check, GrantInput g) {
    ProductCategory category = check.present("grant.category", g.category());
    Option<ProductCode> product = Option.none();
    if (g.product() != null && g.product().isBlank()) {
      // Optional: a blank one is malformed, not missing.
      check.add("grant.product", "product_code_format", "must be 1 to 5 capitals or digits");
    } else if (g.product() != null) {
      product = Option.of(check.valid(ProductCode.validate("grant.product", g.product())));
    }
    DeliveryForm form = check.present("grant.form", g.form());
    Long quantity = check.present("grant.quantity", g.quantity());
    Unit unit = check.present("grant.unit", g.unit());
    Frequency frequency = check.present("grant.frequency", g.frequency());
    LocalDate from = check.present("grant.validFrom", g.validFrom());
    LocalDate evaluation = check.present("grant.evaluationDate", g.evaluationDate());
    List<String> goals = List.empty();
    if (check.present("grant.goals", g.goals()) != null) {
      for (int i = 0; i < g.goals().size(); i++) {
        goals = goals.append(check.present("grant.goals[" + i + "]", g.goals().get(i)));
      }
    }
    return check.isEmpty()
        ? new GrantTerms(category, product, form, quantity, unit, frequency, from, Option.of(g.validUntil()), goals,
            evaluation)
        : null;
  }

  /**
   * This command when it grants or refuses, not both; a refusal reason has text of at most
   * {@value #MAX_TEXT} characters; and the grant's terms are complete and consistent: a positive
   * quantity, a validity that ends (if at all) after it starts and always for a weekly volume, an
   * evaluation within it, and 1 to {@value #MAX_GOALS} goals with text. A null option counts as none.
   */
  public Either<DomainError, DecideOnApplicationCommand> validated() {
    FieldChecks fields = new FieldChecks();
    Option<GrantTerms> granted = orNone(grant);
    Option<String> reason = orNone(refusalReason);
    if (granted.isDefined() == reason.isDefined()) {
      fields.add("grant", "grant_or_refusal", "exactly one of grant and refusalReason");
    }
    reason.forEach(r -> fields
        .check(!r.isBlank(), "refusalReason", "blank", "must not be blank")
        .check(r.length() <= MAX_TEXT, "refusalReason", "too_long", "at most " + MAX_TEXT + " characters"));
    granted.forEach(g -> checkTerms(fields, g));
    return fields.result(this);
  }

  private static void checkTerms(FieldChecks fields, GrantTerms g) {
    fields.required("grant.category", g.category());
    fields.required("grant.form", g.form());
    fields.check(g.quantity() > 0, "grant.quantity", "not_positive", "must be positive");
    fields.required("grant.unit", g.unit());
    boolean frequency = fields.required("grant.frequency", g.frequency());
    boolean start = fields.required("grant.validFrom", g.validFrom());
    Option<LocalDate> until = orNone(g.validUntil());
    if (start) {
      fields.check(until.forAll(u -> !u.isBefore(g.validFrom())), "grant.validUntil", "before_start",
          "must not lie before validFrom");
    }
    if (frequency) {
      fields.check(g.frequency() != Frequency.PER_WEEK || until.isDefined(), "grant.validUntil",
          "required_for_weekly", "is required for a weekly volume");
    }
    if (fields.required("grant.evaluationDate", g.evaluationDate()) && start) {
      fields.check(!g.evaluationDate().isBefore(g.validFrom()), "grant.evaluationDate", "before_validity_start",
          "must not lie before validFrom");
    }
    Seq<String> goals = g.goals() == null ? List.empty() : g.goals();
    fields.check(!goals.isEmpty(), "grant.goals", "required", "at least one result to reach");
    fields.check(goals.size() <= MAX_GOALS, "grant.goals", "too_many", "at most " + MAX_GOALS);
    fields.check(goals.forAll(s -> s != null && !s.isBlank()), "grant.goals", "blank", "must not be blank");
    fields.check(goals.forAll(s -> s == null || s.length() <= MAX_TEXT), "grant.goals", "too_long",
        "at most " + MAX_TEXT + " characters each");
  }

  private static <T> Option<T> orNone(Option<T> value) {
    return value == null ? Option.none() : value;
  }
}
