package nl.wmokader.core.indication.domain;

import java.time.LocalDate;
import java.util.Locale;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.Rejection;

/** What the rules of provider-initiated requests refuse; no message names a client. */
public sealed interface AssignmentRequestError extends DomainError {

  /** The request was granted or refused already: it is answered once. */
  record AlreadyAnswered(AssignmentRequestId request, AssignmentRequestStatus status) implements AssignmentRequestError, Rejection {
    @Override
    public String message() {
      return "request " + request + " is " + status.name().toLowerCase(Locale.ROOT) + " already";
    }
  }

  /** An answer dated before the request arrived. */
  record AnsweredBeforeReceived(AssignmentRequestId request, LocalDate receivedOn) implements AssignmentRequestError, Rejection {
    @Override
    public String message() {
      return "request " + request + " was received on " + receivedOn + " and cannot be answered before";
    }
  }

  /**
   * No granted in-kind indication of the municipality covers what the request asks for: granting
   * needs a decision first (or the request is refused).
   */
  record NoIndication(AssignmentRequestId request) implements AssignmentRequestError, Rejection {
    @Override
    public String message() {
      return "no granted in-kind indication covers request " + request + ": decide on an application first, or refuse it";
    }
  }

  /** More than one indication covers the request: the staff name the one it executes. */
  record IndicationAmbiguous(AssignmentRequestId request) implements AssignmentRequestError, Rejection {
    @Override
    public String message() {
      return "more than one indication covers request " + request + ": name the one to assign under";
    }
  }
}
