package nl.wmokader.core.audit.port.in;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import nl.wmokader.core.audit.domain.AuditAction;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.Bsn;

/**
 * How the other subdomains' use cases record their accesses to clients' personal data in the
 * audit trail, stamped with the module's clock. Each call is one batch (one append, however many
 * clients). A record that cannot be stored throws (an {@code InfrastructureException}): the access
 * must then not go ahead, so a use case records before it answers a read and before it stores a
 * change.
 */
public interface RecordAccessUseCase {

  /** One resource of one client, accessed as {@code action} and allowed. */
  default void allowed(Actor actor, AuditAction action, String resource, String id, Bsn client) {
    allowed(actor, action, resource, io.vavr.collection.List.of(new Accessed(id, client)));
  }

  /** Each of {@code accessed} (a page, a claim's clients) allowed as {@code action}; nothing when empty. */
  void allowed(Actor actor, AuditAction action, String resource, Seq<Accessed> accessed);

  /** An access refused: the resource {@code id} (or a kind of them, e.g. {@code "*"}), and its client when known. */
  void refused(Actor actor, AuditAction action, String resource, String id, Option<Bsn> client);

  /** One client's resource. */
  record Accessed(String id, Bsn client) {
    public Accessed {
      java.util.Objects.requireNonNull(id, "id");
      java.util.Objects.requireNonNull(client, "client");
    }
  }
}
