package nl.wmokader.adapters.jdbc;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import javax.net.SocketFactory;

/**
 * Counts client round trips to PostgreSQL: pgjdbc takes this class as its {@code socketFactory}
 * (a URL parameter), and every answer read after a write counts one, on the thread that reads it. A pool's own threads (opening connections) count on themselves, so a test
 * reads {@link #onThisThread()} before and after what it measures.
 */
public final class RoundTrips extends SocketFactory {

  private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);

  /** The URL parameter that makes pgjdbc count its round trips here. */
  public static final String URL_PARAMETER = "socketFactory=" + RoundTrips.class.getName();

  /** Round trips made on the current thread so far. */
  public static long onThisThread() {
    return COUNT.get()[0];
  }

  /** {@code url} with {@link #URL_PARAMETER} added. */
  public static String counted(String url) {
    return url + (url.contains("?") ? "&" : "?") + URL_PARAMETER;
  }

  @Override
  public Socket createSocket() {
    return new CountingSocket();
  }

  @Override
  public Socket createSocket(String host, int port) throws IOException {
    Socket s = new CountingSocket();
    s.connect(new java.net.InetSocketAddress(host, port));
    return s;
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
    Socket s = new CountingSocket();
    s.bind(new java.net.InetSocketAddress(localHost, localPort));
    s.connect(new java.net.InetSocketAddress(host, port));
    return s;
  }

  @Override
  public Socket createSocket(InetAddress host, int port) throws IOException {
    Socket s = new CountingSocket();
    s.connect(new java.net.InetSocketAddress(host, port));
    return s;
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
    Socket s = new CountingSocket();
    s.bind(new java.net.InetSocketAddress(localAddress, localPort));
    s.connect(new java.net.InetSocketAddress(address, port));
    return s;
  }

  private static final class CountingSocket extends Socket {
    private volatile boolean wrote;
    private InputStream in;
    private OutputStream out;

    @Override
    public synchronized InputStream getInputStream() throws IOException {
      if (in == null) {
        in = new Reads(super.getInputStream(), this);
      }
      return in;
    }

    @Override
    public synchronized OutputStream getOutputStream() throws IOException {
      if (out == null) {
        out = new Writes(super.getOutputStream(), this);
      }
      return out;
    }

    /**
     * Bytes read after a write: the answer to what was sent. (A read that times out without any, as
     * pgjdbc's poll for notices during a COPY, is no round trip: the client did not wait.)
     */
    void arrive() {
      if (wrote) {
        wrote = false;
        COUNT.get()[0]++;
      }
    }
  }

  private static final class Reads extends FilterInputStream {
    private final CountingSocket socket;

    Reads(InputStream in, CountingSocket socket) {
      super(in);
      this.socket = socket;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        socket.arrive();
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = in.read(b, off, len);
      if (n > 0) {
        socket.arrive();
      }
      return n;
    }
  }

  private static final class Writes extends FilterOutputStream {
    private final CountingSocket socket;

    Writes(OutputStream out, CountingSocket socket) {
      super(out);
      this.socket = socket;
    }

    @Override
    public void write(int b) throws IOException {
      socket.wrote = true;
      out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      socket.wrote = true;
      out.write(b, off, len);
    }
  }
}
