package nl.wmokader.core.contracting.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import nl.wmokader.core.shared.FieldError;

/**
 * The claim moments agreed for an output-based lot, as data that settlement reads: per period
 * (with its period), at the end of the trajectory, or per milestone (with the milestones' names, in
 * order). Only a lot of an output-based product carries them.
 */
public record ClaimMoments(ClaimMomentKind kind, Option<ClaimPeriod> period, Seq<String> milestones) {

  public static final int MAX_MILESTONES = 20;
  public static final int MAX_MILESTONE_LENGTH = 100;

  public ClaimMoments {
    requireNonNull(kind, "kind");
    requireNonNull(period, "period");
    requireNonNull(milestones, "milestones");
    if (!errors("", kind, period.getOrNull(), milestones).isEmpty()) {
      throw new IllegalArgumentException("inconsistent claim moments");
    }
  }

  public static ClaimMoments perPeriod(ClaimPeriod period) {
    return new ClaimMoments(ClaimMomentKind.PER_PERIOD, Option.some(period), List.empty());
  }

  public static ClaimMoments endOfTrajectory() {
    return new ClaimMoments(ClaimMomentKind.END_OF_TRAJECTORY, Option.none(), List.empty());
  }

  public static ClaimMoments perMilestone(Seq<String> milestones) {
    return new ClaimMoments(ClaimMomentKind.PER_MILESTONE, Option.none(), milestones);
  }

  /**
   * Every problem of untrusted claim moments (fields prefixed by {@code prefix}): a period exactly
   * for {@code PER_PERIOD}; for {@code PER_MILESTONE} 1..20 distinct, non-blank milestone names of
   * at most 100 characters, and none otherwise.
   */
  public static Seq<FieldError> errors(String prefix, ClaimMomentKind kind, ClaimPeriod period, Seq<String> milestones) {
    List<FieldError> errors = List.empty();
    if (kind == null) {
      return errors.append(new FieldError(prefix + "kind", "required", "is required"));
    }
    Seq<String> names = milestones == null ? List.empty() : milestones;
    if (kind == ClaimMomentKind.PER_PERIOD && period == null) {
      errors = errors.append(new FieldError(prefix + "period", "required", "is required for PER_PERIOD"));
    }
    if (kind != ClaimMomentKind.PER_PERIOD && period != null) {
      errors = errors.append(new FieldError(prefix + "period", "not_applicable", "only PER_PERIOD has a period"));
    }
    if (kind == ClaimMomentKind.PER_MILESTONE) {
      if (names.isEmpty() || names.size() > MAX_MILESTONES) {
        errors = errors.append(new FieldError(prefix + "milestones", "size",
            "must name 1 to " + MAX_MILESTONES + " milestones"));
      }
      for (int i = 0; i < names.size(); i++) {
        String name = names.get(i);
        String field = prefix + "milestones[" + i + "]";
        if (name == null || name.isBlank()) {
          errors = errors.append(new FieldError(field, "required", "is required"));
        } else if (name.length() > MAX_MILESTONE_LENGTH) {
          errors = errors.append(new FieldError(field, "too_long", "must be at most " + MAX_MILESTONE_LENGTH + " characters"));
        } else if (names.take(i).contains(name)) {
          errors = errors.append(new FieldError(field, "duplicate", "names a milestone twice"));
        }
      }
    } else if (!names.isEmpty()) {
      errors = errors.append(new FieldError(prefix + "milestones", "not_applicable", "only PER_MILESTONE has milestones"));
    }
    return errors;
  }
}
