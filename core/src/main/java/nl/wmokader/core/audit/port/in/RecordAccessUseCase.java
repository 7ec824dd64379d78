package nl.wmokader.core.audit.port.in;

import io.vavr.collection.Seq;
import nl.wmokader.core.shared.DomainError;
import java.util.function.Supplier;
import io.vavr.control.Either;
import io.vavr.control.Option;
import nl.wmokader.core.audit.domain.AuditAction;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.Bsn;

/**
 * How the other subdomains' use cases record their accesses to clients' personal data in the
 * audit trail, stamped with the module's clock. Each call is one batch (one append, however many
 * clients). A record that cannot be stored throws (an {@code InfrastructureException}): the access
 * must then not go ahead: a use case records a read before it answers it, and stores a change
 * through {@link #changing}, with its records in the change's transaction.
 */
public interface RecordAccessUseCase {

  /** One resource of one client, accessed as {@code action} and allowed. */
  default void allowed(Actor actor, AuditAction action, String resource, String id, Bsn client) {
    allowed(actor, action, resource, io.vavr.collection.List.of(new Accessed(id, client)));
  }

  /** Each of {@code accessed} (a page's resources, a claim with its clients) allowed as {@code action}; nothing when empty. */
  void allowed(Actor actor, AuditAction action, String resource, Seq<Accessed> accessed);

  /** An access refused: the resource {@code id} (or a kind of them, e.g. {@code "*"}), and its client when known. */
  void refused(Actor actor, AuditAction action, String resource, String id, Option<Bsn> client);

  /**
   * Runs {@code change} (the store's write) with the record of {@code changes}: committed together
   * where the stores share a database, nothing recorded when the change answers {@code Left}.
   */
  <T> Either<DomainError, T> changing(Actor actor, Seq<Change> changes, Supplier<Either<DomainError, T>> change);

  /** {@link #changing} of one resource of one client. */
  default <T> Either<DomainError, T> changing(Actor actor, AuditAction action, String resource, String id, Bsn client,
      Supplier<Either<DomainError, T>> change) {
    return changing(actor, io.vavr.collection.List.of(new Change(action, resource, id, client)), change);
  }

  /** What a change does to a resource of {@code clients} (one for a case, all a claim names for a claim). */
  record Change(AuditAction action, String resource, String id, Seq<Bsn> clients) {
    public Change {
      java.util.Objects.requireNonNull(action, "action");
      java.util.Objects.requireNonNull(resource, "resource");
      java.util.Objects.requireNonNull(id, "id");
      java.util.Objects.requireNonNull(clients, "clients");
    }

    /** A change to one client's resource. */
    public Change(AuditAction action, String resource, String id, Bsn client) {
      this(action, resource, id, io.vavr.collection.Array.of(java.util.Objects.requireNonNull(client, "client")));
    }
  }

  /** A resource of {@code clients}: one client's case, or a claim and every client it names. */
  record Accessed(String id, Seq<Bsn> clients) {
    public Accessed {
      java.util.Objects.requireNonNull(id, "id");
      java.util.Objects.requireNonNull(clients, "clients");
    }

    /** One client's resource. */
    public Accessed(String id, Bsn client) {
      this(id, io.vavr.collection.Array.of(java.util.Objects.requireNonNull(client, "client")));
    }
  }
}
