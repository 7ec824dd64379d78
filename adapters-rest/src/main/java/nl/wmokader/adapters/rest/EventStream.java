package nl.wmokader.adapters.rest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An open server-sent event stream ({@code text/event-stream}, WHATWG HTML §9.2), written from any
 * thread: each event or comment is written and flushed whole, or the stream is closed when the
 * client has gone. The request that opened it waits until it is closed ({@link ApiCall#eventStream}).
 */
public final class EventStream {
  private final OutputStream out;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final CountDownLatch done = new CountDownLatch(1);
  private final CopyOnWriteArrayList<Runnable> onClose = new CopyOnWriteArrayList<>();

  EventStream(OutputStream out) {
    this.out = out;
  }

  /** An event named {@code name} with {@code id} and one line of {@code data}. */
  public void send(String name, String id, String data) {
    if (name.contains("\n") || id.contains("\n") || data.contains("\n")) {
      throw new IllegalArgumentException("an event's name, id and data are one line each here");
    }
    write("event: " + name + "\nid: " + id + "\ndata: " + data + "\n\n");
  }

  /** A comment line: ignored by readers, it keeps proxies from closing an idle stream and finds a client that has gone. */
  public void comment(String text) {
    write(": " + text.replace('\n', ' ') + "\n");
  }

  public boolean isClosed() {
    return closed.get();
  }

  /** Runs {@code action} once when the stream closes (at once if it has). */
  public void onClose(Runnable action) {
    onClose.add(action);
    if (closed.get() && onClose.remove(action)) {
      action.run();
    }
  }

  /** Ends the stream; the request that opened it completes. */
  public void close() {
    if (closed.compareAndSet(false, true)) {
      try {
        for (Runnable action : onClose) {
          if (onClose.remove(action)) {
            action.run();
          }
        }
      } finally {
        done.countDown();
      }
    }
  }

  private synchronized void write(String text) {
    if (closed.get()) {
      return;
    }
    try {
      out.write(text.getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (IOException | RuntimeException gone) {
      // the client has gone (or the server stops): nothing to tell anyone but the stream's owner
      close();
    }
  }

  void awaitClose() throws InterruptedException {
    done.await();
  }
}
