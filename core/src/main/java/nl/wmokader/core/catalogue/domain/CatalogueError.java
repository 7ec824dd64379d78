package nl.wmokader.core.catalogue.domain;

import java.time.LocalDate;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.Rejection;

/** What the catalogue's rules refuse. Absent or invisible products answer {@code CommonError.NotFound}. */
public sealed interface CatalogueError extends DomainError {

  /**
   * A revision must start after the start of every existing version: history is only ever closed
   * and extended, never rewritten before its latest version.
   */
  record VersionOverlap(ProductCode product, LocalDate from, LocalDate latestStart) implements CatalogueError, Rejection {
    @Override
    public String message() {
      return "a new version of product " + product + " from " + from
          + " must start after its latest version's start " + latestStart;
    }
  }

  /** A product code belongs to one category for good. */
  record CategoryMismatch(ProductCode product, ProductCategory category, ProductCategory requested) implements CatalogueError, Rejection {
    @Override
    public String message() {
      return "product " + product + " belongs to category " + category.code() + ", not " + requested.code();
    }
  }

  /**
   * The requested tariff overlaps a tariff that cannot give way: a closed one, or an open-ended one
   * that starts on or after the requested start.
   */
  record TariffOverlap(ProductCode product, DateRange requested, DateRange existing) implements CatalogueError, Rejection {
    @Override
    public String message() {
      return "a reference tariff of product " + product + " over " + requested
          + " overlaps the tariff over " + existing;
    }
  }

  /** A member-local product can only belong to a member municipality of the region. */
  record NotAMember(MunicipalityCode municipality) implements CatalogueError, Rejection {
    @Override
    public String message() {
      return "municipality " + municipality + " is not a member of the region";
    }
  }
}
