package nl.wmokader.adapters.rest.iwmo;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import nl.wmokader.adapters.rest.ApiCall;
import nl.wmokader.adapters.rest.ApiRouter;
import nl.wmokader.adapters.rest.ApiRoutes;
import nl.wmokader.adapters.rest.ProblemException;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.AssignmentError;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.indication.domain.AssignmentStatus;
import nl.wmokader.core.indication.port.in.GetAssignmentUseCase;
import nl.wmokader.core.indication.port.in.ListAssignmentsQuery;
import nl.wmokader.core.indication.port.in.ListAssignmentsUseCase;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.Page;

/**
 * {@code GET /iwmo/301/{assignmentId}}: the assignment as the municipality's iWmo 301 (Toewijzing,
 * {@code application/xml}), for the provider to fetch or the municipality's staff to send through
 * the hub. As the standard wants, the 301 holds every current assignment of that client from that
 * municipality to that provider (not deleted, not ended before today), the one asked for always.
 * Who may read the assignment may read its 301, as in the JSON API: its own provider, the staff of
 * its municipalities, the region's staff; another provider's is absent (404). Each 301 gets an
 * identification of its own and is remembered so that its 302 can be recorded; asked for again with
 * the same content it is the same message (same identification and dagtekening).
 */
public final class Iwmo301Routes implements ApiRoutes {
  private final GetAssignmentUseCase get;
  private final ListAssignmentsUseCase list;
  private final Clock clock;
  private final IwmoMessageLog log;
  private final Iwmo301Ledger ledger;
  private final IwmoClientParticulars particulars;

  public Iwmo301Routes(GetAssignmentUseCase get, ListAssignmentsUseCase list, Clock clock, IwmoMessageLog log,
                       Iwmo301Ledger ledger, IwmoClientParticulars particulars) {
    this.get = requireNonNull(get, "get");
    this.list = requireNonNull(list, "list");
    this.clock = requireNonNull(clock, "clock");
    this.log = requireNonNull(log, "log");
    this.ledger = requireNonNull(ledger, "ledger");
    this.particulars = requireNonNull(particulars, "particulars");
  }

  @Override
  public void register(ApiRouter router) {
    router.get("/iwmo/301/{assignmentId}", this::handle);
  }

  private void handle(ApiCall call) {
    Actor actor = call.actor();
    UUID id;
    try {
      id = UUID.fromString(call.pathParam("assignmentId"));
    } catch (IllegalArgumentException e) {
      call.fail(InvalidInput.of("assignmentId", "invalid_uuid", "must be a UUID"));
      return;
    }
    Either<DomainError, List<Assignment>> assignments = get.getAssignment(actor, new AssignmentId(id))
        .flatMap(asked -> together(actor, asked));
    if (assignments.isLeft()) {
      call.fail(assignments.getLeft());
      return;
    }
    List<Assignment> all = assignments.get();
    Assignment asked = all.get(0);
    String municipality = asked.responsibleMunicipality().value();
    String provider = asked.provider().value();
    all.sort(Comparator.comparing((Assignment a) -> a.validity().start()).thenComparing(a -> a.number().get()));
    Option<IwmoClientParticulars.Particulars> client = particulars.of(asked.client());
    // the same content asked for again is the same 301: the provider answers each 301 once
    String content = digest(Message301Writer.write(new Message301Writer.Header(municipality, provider, "", LocalDate.MIN),
        all, client));
    Iwmo301Ledger.Issued issued = ledger.issue(content, () -> new Iwmo301Ledger.Issued(log.nextIdentification(),
        municipality, provider, LocalDate.now(clock), all.stream().map(a -> a.number().get().value()).toList()));
    call.xml(200, Message301Writer.write(new Message301Writer.Header(municipality, provider, issued.identification(),
        issued.dagtekening()), all, client));
  }

  private static String digest(byte[] bytes) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * {@code asked} first, then the client's other current assignments from its municipality to its
   * provider that the actor sees.
   */
  private Either<DomainError, List<Assignment>> together(Actor actor, Assignment asked) {
    if (asked.status() == AssignmentStatus.DELETED) {
      return Either.left(new AssignmentError.NotActive(asked.id(), asked.status()));
    }
    if (asked.number().isEmpty()) {
      throw new ProblemException(409, "no_assignment_number", "The assignment has no iWmo number: no 301 can be written.");
    }
    LocalDate today = LocalDate.now(clock);
    return Page.all(page -> list.listAssignments(actor, new ListAssignmentsQuery(Option.none(),
        Option.some(asked.provider()), Option.some(asked.client()), Option.none(), page))).map(seen -> {
          List<Assignment> all = new ArrayList<>();
          all.add(asked);
          for (Assignment a : seen) {
            boolean current = a.status() != AssignmentStatus.DELETED && a.number().isDefined()
                && a.responsibleMunicipality().equals(asked.responsibleMunicipality())
                && a.effectivePeriod().end().forAll(end -> !end.isBefore(today));
            if (current && !a.id().equals(asked.id())) {
              all.add(a);
            }
          }
          return all;
        });
  }
}
