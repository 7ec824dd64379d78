package nl.wmokader.core.supervision.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * Why an investigation was opened: signals about the provider (signaalgericht toezicht), or the
 * proactive selection across the whole contracted population (proactief toezicht).
 */
public sealed interface InvestigationTrigger {

  /** Opened on one or more signals; they are named, not copied (the signal register owns them). */
  record SignalDriven(Seq<SignalId> signals) implements InvestigationTrigger {
    public SignalDriven {
      requireNonNull(signals, "signals");
      signals = List.ofAll(signals).distinct();
      if (signals.isEmpty() || signals.contains(null)) {
        throw new IllegalArgumentException("a signal-driven investigation names at least one signal");
      }
    }

    public static SignalDriven of(SignalId first, SignalId... more) {
      return new SignalDriven(List.of(more).prepend(first));
    }
  }

  /** Chosen by the proactive selection, without a signal. */
  record Proactive() implements InvestigationTrigger {}
}
