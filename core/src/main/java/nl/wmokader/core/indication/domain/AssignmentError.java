package nl.wmokader.core.indication.domain;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Locale;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.Rejection;

/**
 * What the assignment rules refuse (iWmo OP033, OP043, OP259, OP380 and the delivery messages
 * 305/307). Errors about another client's assignments or budgets name no identifier of theirs.
 */
public sealed interface AssignmentError extends DomainError {

  /** The municipality gave every assignment number up to {@link AssignmentNumber#MAX}: iWmo has no larger one. */
  record NumbersExhausted(nl.wmokader.core.shared.MunicipalityCode municipality) implements AssignmentError, Rejection {
    @Override
    public String message() {
      return "municipality " + municipality.value() + " has no assignment number left";
    }
  }

  /** The indication has no granting decision (none yet, or a refusal). */
  record NotGranted(IndicationId indication) implements AssignmentError, Rejection {
    @Override
    public String message() {
      return "indication " + indication + " has no granting decision";
    }
  }

  /** The grant is a personal budget: it is not delivered through an assignment. */
  record NotInKind(IndicationId indication) implements AssignmentError, Rejection {
    @Override
    public String message() {
      return "indication " + indication + " grants a personal budget, not care in kind";
    }
  }

  /** The assignment names another product than the grant does. */
  record ProductNotGranted(IndicationId indication, ProductCode product) implements AssignmentError, Rejection {
    @Override
    public String message() {
      return "indication " + indication + " does not grant product " + product;
    }
  }

  /** The assignment's validity does not lie inside the grant's. */
  record OutsideGrant(IndicationId indication, DateRange grantValidity) implements AssignmentError, Rejection {
    @Override
    public String message() {
      return "the assignment must lie inside the grant's validity " + grantValidity;
    }
  }

  /** OP259: the provider already has an overlapping assignment of the same product for this client. */
  record Stacking(AgbCode provider, ProductCategory category, Option<ProductCode> product) implements AssignmentError, Rejection {
    @Override
    public String message() {
      return "provider " + provider + " already has an overlapping assignment of "
          + product.map(ProductCode::value).getOrElse("category " + category.code());
    }
  }

  /** OP380: the client has a personal budget for the same product in an overlapping period. */
  record PersonalBudgetOverlap(ProductCategory category, Option<ProductCode> product) implements AssignmentError, Rejection {
    @Override
    public String message() {
      return "a personal budget for " + product.map(ProductCode::value).getOrElse("category " + category.code())
          + " overlaps the assignment";
    }
  }

  /** The provider holds no contract lot for the product on the assignment's start date (or a client stop blocks it). */
  record ProviderNotContracted(AgbCode provider, Option<ProductCode> product, LocalDate date) implements AssignmentError, Rejection {
    @Override
    public String message() {
      return "provider " + provider + " may not deliver "
          + product.map(ProductCode::value).getOrElse("any product of the category") + " on " + date;
    }
  }

  /** A claim on the assignment was approved: it can no longer be deleted. */
  record HasApprovedClaims(AssignmentId assignment) implements AssignmentError, Rejection {
    @Override
    public String message() {
      return "assignment " + assignment + " has approved claims and cannot be deleted";
    }
  }

  /** The start of delivery was reported already. */
  record AlreadyStarted(AssignmentId assignment, LocalDate startedOn) implements AssignmentError, Rejection {
    @Override
    public String message() {
      return "delivery on assignment " + assignment + " was reported started on " + startedOn;
    }
  }

  /** A stop needs a reported start first. */
  record NotStarted(AssignmentId assignment) implements AssignmentError, Rejection {
    @Override
    public String message() {
      return "delivery on assignment " + assignment + " has not been reported started";
    }
  }

  /** The assignment is stopped, ended or deleted: it takes no further change of this kind. */
  record NotActive(AssignmentId assignment, AssignmentStatus status) implements AssignmentError, Rejection {
    @Override
    public String message() {
      return "assignment " + assignment + " is " + status.name().toLowerCase(Locale.ROOT);
    }
  }

  /** A date the command gives lies outside what the assignment allows for it: {@code earliest..latest}, inclusive. */
  record DateOutOfRange(AssignmentId assignment, String field, LocalDate earliest, Option<LocalDate> latest)
      implements AssignmentError, Rejection {
    @Override
    public String message() {
      return field + " must lie in " + earliest + ".." + latest.map(LocalDate::toString).getOrElse("")
          + " for assignment " + assignment;
    }
  }

  /** A change of volume that changes nothing: an extension moves the end date instead (OP043). */
  record VolumeUnchanged(AssignmentId assignment) implements AssignmentError, Rejection {
    @Override
    public String message() {
      return "the new volume of assignment " + assignment + " equals the current one";
    }
  }
}
