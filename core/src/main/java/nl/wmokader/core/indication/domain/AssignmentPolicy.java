package nl.wmokader.core.indication.domain;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;

/**
 * The assignment rules that look beyond one assignment (iWmo OP259, OP380, OP033): pure functions
 * over what the caller loaded. Deleted assignments take part in none of them.
 */
public final class AssignmentPolicy {
  private AssignmentPolicy() {}

  /**
   * Whether two provisions concern the same product: the same category, and the same product code
   * or no code on either side (an aspecific assignment covers its whole category).
   */
  public static boolean sameProduct(ProductCategory category, Option<ProductCode> product,
                                    ProductCategory otherCategory, Option<ProductCode> otherProduct) {
    return category == otherCategory && (product.isEmpty() || otherProduct.isEmpty() || product.equals(otherProduct));
  }

  /**
   * OP259: {@code candidate} stacks on {@code other} when both order the same product from the
   * same provider for the same client over overlapping effective periods. Aids (categories 11-14)
   * are exempt: a client may need two wheelchairs.
   */
  public static boolean stacks(Assignment candidate, Assignment other) {
    return !candidate.category().isAid()
        && other.status() != AssignmentStatus.DELETED
        && candidate.status() != AssignmentStatus.DELETED
        && !other.id().equals(candidate.id())
        && other.client().equals(candidate.client())
        && other.provider().equals(candidate.provider())
        && sameProduct(candidate.category(), candidate.product(), other.category(), other.product())
        && other.effectivePeriod().overlaps(candidate.effectivePeriod());
  }

  /** The stacking error, when {@code candidate} stacks on any of {@code others}. */
  public static Option<AssignmentError> stacking(Assignment candidate, Seq<Assignment> others) {
    return others.exists(o -> stacks(candidate, o))
        ? Option.some(new AssignmentError.Stacking(candidate.provider(), candidate.category(), candidate.product()))
        : Option.none();
  }

  /**
   * OP380: {@code candidate} overlaps a personal budget when one of the client's indications grants
   * the same product as a personal budget over a period that shares a day with it.
   */
  public static boolean overlapsPersonalBudget(Assignment candidate, Indication indication) {
    return candidate.status() != AssignmentStatus.DELETED
        && indication.client().equals(candidate.client())
        && indication.grant().exists(g -> g.form() == DeliveryForm.PERSONAL_BUDGET
            && sameProduct(candidate.category(), candidate.product(), g.category(), g.product())
            && g.validity().overlaps(candidate.effectivePeriod()));
  }

  /** The personal-budget error, when {@code candidate} overlaps a budget of any of {@code indications}. */
  public static Option<AssignmentError> personalBudgetOverlap(Assignment candidate, Seq<Indication> indications) {
    return indications.exists(i -> overlapsPersonalBudget(candidate, i))
        ? Option.some(new AssignmentError.PersonalBudgetOverlap(candidate.category(), candidate.product()))
        : Option.none();
  }

  /**
   * What an in-kind assignment of {@code indication} may execute: its grant, when it grants care
   * in kind; else why not.
   */
  public static Either<AssignmentError, Grant> inKindGrant(Indication indication) {
    Option<Grant> grant = indication.grant();
    if (grant.isEmpty()) {
      return Either.left(new AssignmentError.NotGranted(indication.id()));
    }
    if (grant.get().form() != DeliveryForm.IN_KIND) {
      return Either.left(new AssignmentError.NotInKind(indication.id()));
    }
    return Either.right(grant.get());
  }

  /** OP033: the validity lies inside the grant's, and a specific assignment names the granted product. */
  public static Option<AssignmentError> withinGrant(Assignment candidate, Grant grant) {
    if (candidate.product().isDefined() && grant.product().isDefined() && !candidate.product().equals(grant.product())) {
      return Option.some(new AssignmentError.ProductNotGranted(candidate.indication(), candidate.product().get()));
    }
    if (candidate.category() != grant.category() || !grant.validity().contains(candidate.validity())) {
      return Option.some(new AssignmentError.OutsideGrant(candidate.indication(), grant.validity()));
    }
    return Option.none();
  }
}
