package nl.wmokader.adapters.rest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body that may not exceed {@code max} bytes: the read that would go past it throws
 * {@link TooLarge}, and so does every read after it, so that no reader (a parser that wraps I/O
 * errors, say) can take the rest for the end of the body.
 */
final class LimitedInputStream extends FilterInputStream {
  private final long max;
  private long total;
  private boolean exceeded;

  LimitedInputStream(InputStream in, long max) {
    super(in);
    this.max = max;
  }

  /** Whether a read went past the limit (a reader may have taken the error for a malformed body). */
  boolean exceeded() {
    return exceeded;
  }

  /** The body went past the limit. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super("request body over the limit", null);
    }
  }

  @Override
  public int read() throws IOException {
    check();
    int b = in.read();
    if (b != -1) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    check();
    int n = in.read(buffer, offset, length);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    // Through read, so that skipped bytes count too.
    byte[] buffer = new byte[(int) Math.min(Math.max(n, 0), 8192)];
    int read = read(buffer, 0, buffer.length);
    return Math.max(read, 0);
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  /** Reads what is left of the body, throwing {@link TooLarge} when it goes past the limit. */
  void drain() throws IOException {
    byte[] buffer = new byte[8192];
    while (read(buffer, 0, buffer.length) != -1) {
      // only counted
    }
  }

  private void check() throws TooLarge {
    if (exceeded) {
      throw new TooLarge();
    }
  }

  private void count(int n) throws TooLarge {
    total += n;
    if (total > max) {
      exceeded = true;
      throw new TooLarge();
    }
  }
}
