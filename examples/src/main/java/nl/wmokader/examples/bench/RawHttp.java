package nl.wmokader.examples.bench;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * One keep-alive HTTP/1.1 connection to a server on the loopback interface, spoken over a plain
 * socket: the least a client can cost, so that a load measures the server rather than the client
 * (the JDK's {@code HttpClient} costs several times as much per request). Reads a body by
 * Content-Length or chunked; reconnects after the server closed. Not thread-safe: one per thread.
 */
final class RawHttp implements Closeable {
  /** How long a load's request may take before it counts as unanswered. */
  static final int DEFAULT_TIMEOUT_MILLIS = 60_000;

  private final int port;
  private final int timeoutMillis;
  private Socket socket;
  private InputStream in;
  private OutputStream out;
  private final byte[] buffer = new byte[64 * 1024];
  private int position;
  private int limit;
  private final StringBuilder line = new StringBuilder(128);

  RawHttp(int port) {
    this(port, DEFAULT_TIMEOUT_MILLIS);
  }

  /** With {@code timeoutMillis} for connecting and for each read of the answer. */
  RawHttp(int port, int timeoutMillis) {
    this.port = port;
    this.timeoutMillis = timeoutMillis;
  }

  /** A request as bytes: the method, the path, the headers and the body (may be null). */
  static byte[] request(String method, String path, Map<String, String> headers, byte[] body) {
    StringBuilder head = new StringBuilder(256).append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
        .append("Host: 127.0.0.1\r\n");
    headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
    if (body != null) {
      head.append("Content-Length: ").append(body.length).append("\r\n");
    }
    head.append("\r\n");
    byte[] start = head.toString().getBytes(StandardCharsets.US_ASCII);
    if (body == null) {
      return start;
    }
    byte[] all = new byte[start.length + body.length];
    System.arraycopy(start, 0, all, 0, start.length);
    System.arraycopy(body, 0, all, start.length, body.length);
    return all;
  }

  /**
   * Sends {@code request} and reads the whole answer; answers its status. The body goes into
   * {@code body} when that is not null, else it is read and dropped.
   */
  int exchange(byte[] request, ByteArrayOutputStream body) throws IOException {
    if (socket == null) {
      connect();
    }
    try {
      out.write(request);
      out.flush();
      return response(body);
    } catch (IOException e) {
      close();
      throw e;
    }
  }

  private void connect() throws IOException {
    socket = new Socket(InetAddress.getLoopbackAddress(), port);
    socket.setTcpNoDelay(true);
    socket.setSoTimeout(timeoutMillis);
    in = socket.getInputStream();
    out = socket.getOutputStream();
    position = 0;
    limit = 0;
  }

  private int response(ByteArrayOutputStream body) throws IOException {
    String status = readLine();
    if (!status.startsWith("HTTP/1.")) {
      throw new IOException("not an HTTP answer");
    }
    int code = Integer.parseInt(status.substring(9, 12));
    long length = -1;
    boolean chunked = false;
    boolean closes = false;
    for (String header = readLine(); !header.isEmpty(); header = readLine()) {
      int colon = header.indexOf(':');
      String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = header.substring(colon + 1).trim();
      if (name.equals("content-length")) {
        length = Long.parseLong(value);
      } else if (name.equals("transfer-encoding") && value.toLowerCase(Locale.ROOT).contains("chunked")) {
        chunked = true;
      } else if (name.equals("connection") && value.equalsIgnoreCase("close")) {
        closes = true;
      }
    }
    if (chunked) {
      for (long size = Long.parseLong(readLine().split(";", 2)[0].trim(), 16); size > 0;
          size = Long.parseLong(readLine().split(";", 2)[0].trim(), 16)) {
        copy(size, body);
        readLine();
      }
      for (String trailer = readLine(); !trailer.isEmpty(); trailer = readLine()) {
        // trailers are dropped
      }
    } else if (length > 0) {
      copy(length, body);
    } else if (length < 0 && code >= 200 && code != 204 && code != 304) {
      copy(Long.MAX_VALUE, body);
      closes = true;
    }
    if (closes) {
      close();
    }
    return code;
  }

  private void copy(long count, ByteArrayOutputStream body) throws IOException {
    long left = count;
    while (left > 0) {
      if (position == limit && !fill()) {
        if (count == Long.MAX_VALUE) {
          return;
        }
        throw new IOException("the answer ended early");
      }
      int n = (int) Math.min(left, limit - position);
      if (body != null) {
        body.write(buffer, position, n);
      }
      position += n;
      left -= n;
    }
  }

  private String readLine() throws IOException {
    line.setLength(0);
    while (true) {
      if (position == limit && !fill()) {
        throw new IOException("the connection closed mid-answer");
      }
      char c = (char) (buffer[position++] & 0xff);
      if (c == '\n') {
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
          line.setLength(end - 1);
        }
        return line.toString();
      }
      line.append(c);
    }
  }

  private boolean fill() throws IOException {
    int n = in.read(buffer);
    if (n <= 0) {
      return false;
    }
    position = 0;
    limit = n;
    return true;
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    }
    socket = null;
    in = null;
    out = null;
  }
}
