package io.netobs.benchmarks;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ServerSocketFactory;
import javax.net.ssl.SSLServerSocket;

/**
 * A minimal HTTP/1.1 server on a loopback port, for benchmarks: it keeps connections alive, drains
 * each request body (counting its bytes, keeping them only when asked to), and writes an answer
 * that the {@link Handler} has prepared beforehand, so that serving costs next to nothing and both
 * the SDK and the baseline receive identical bytes. One thread per connection. Not a general
 * server: request bodies must carry {@code Content-Length} (chunked bodies are refused with 411).
 */
public final class LoopbackServer implements AutoCloseable {
  /**
   * Answers one request with a complete HTTP response (status line, headers and body), usually
   * precomputed.
   */
  @FunctionalInterface
  public interface Handler {
    byte[] answer(String method, String target, byte[] body);
  }

  private static final byte[] LENGTH_REQUIRED =
      response(411, "text/plain", "Content-Length required".getBytes(StandardCharsets.US_ASCII));

  private final ServerSocket socket;
  private final Handler handler;
  private final boolean keepBodies;
  private final boolean passBodies;
  private final long delayMillis;
  private final List<byte[]> keptBodies = new CopyOnWriteArrayList<>();
  private final List<Socket> connections = new CopyOnWriteArrayList<>();
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong requestBodyBytes = new AtomicLong();
  private final AtomicLong accepted = new AtomicLong();
  private volatile boolean closed;

  private LoopbackServer(Handler handler, boolean keepBodies) {
    this(handler, keepBodies, keepBodies, 0, ServerSocketFactory.getDefault());
  }

  private LoopbackServer(
      Handler handler,
      boolean keepBodies,
      boolean passBodies,
      long delayMillis,
      ServerSocketFactory sockets) {
    this.handler = handler;
    this.keepBodies = keepBodies;
    this.passBodies = passBodies;
    this.delayMillis = delayMillis;
    try {
      this.socket = sockets.createServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Thread acceptor = new Thread(this::acceptLoop, "loopback-server-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Starts serving {@code handler}; request bodies are counted, then dropped. */
  public static LoopbackServer start(Handler handler) {
    return new LoopbackServer(handler, false);
  }

  /**
   * Starts serving {@code handler}, keeping every request body (for tests that compare what was
   * sent).
   */
  public static LoopbackServer startKeepingBodies(Handler handler) {
    return new LoopbackServer(handler, true);
  }

  /**
   * Starts serving {@code handler}, handing it each request body (not kept), for answers that
   * depend on what was asked.
   */
  public static LoopbackServer startPassingBodies(Handler handler) {
    return new LoopbackServer(handler, false, true, 0, ServerSocketFactory.getDefault());
  }

  /**
   * Starts serving {@code handler} over TLS, with the certificate of {@code tls} (an {@code
   * SSLServerSocketFactory}); each connection accepted costs the client one TLS handshake.
   */
  public static LoopbackServer startTls(Handler handler, ServerSocketFactory tls) {
    return new LoopbackServer(handler, false, false, 0, tls);
  }

  /**
   * Starts serving {@code handler} like a server that takes {@code delay} to answer: each answer is
   * written {@code delay} after its request was read, on the request's own connection, so that
   * requests on different connections wait at the same time. The handler gets each request body
   * (not kept). A zero delay answers at once.
   */
  public static LoopbackServer startDelayed(Handler handler, Duration delay) {
    if (delay.isNegative()) {
      throw new IllegalArgumentException("delay must not be negative, was " + delay);
    }
    return new LoopbackServer(
        handler, false, true, delay.toMillis(), ServerSocketFactory.getDefault());
  }

  /** {@code http://127.0.0.1:PORT} ({@code https://} over TLS), without a trailing slash. */
  public String baseUrl() {
    return (socket instanceof SSLServerSocket ? "https://" : "http://")
        + socket.getInetAddress().getHostAddress()
        + ":"
        + socket.getLocalPort();
  }

  /** Connections accepted so far: over TLS, the handshakes clients made. */
  public long connectionsAccepted() {
    return accepted.get();
  }

  /** Requests answered so far. */
  public long requests() {
    return requests.get();
  }

  /** Request body bytes received so far. */
  public long requestBodyBytes() {
    return requestBodyBytes.get();
  }

  /** The request bodies received, in order, when started with {@link #startKeepingBodies}. */
  public List<byte[]> keptBodies() {
    return List.copyOf(keptBodies);
  }

  /** Forgets the counts and kept bodies. */
  public void resetCounts() {
    requests.set(0);
    requestBodyBytes.set(0);
    accepted.set(0);
    keptBodies.clear();
  }

  @Override
  public void close() {
    closed = true;
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing anyway
    }
    for (Socket connection : connections) {
      try {
        connection.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    }
  }

  /** A complete response with {@code Content-Length}, ready to write. */
  public static byte[] response(int status, String contentType, byte[] body) {
    String head =
        "HTTP/1.1 "
            + status
            + " "
            + (status == 200 ? "OK" : "Status")
            + "\r\n"
            + "Content-Type: "
            + contentType
            + "\r\n"
            + "Content-Length: "
            + body.length
            + "\r\n"
            + "\r\n";
    byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[headBytes.length + body.length];
    System.arraycopy(headBytes, 0, all, 0, headBytes.length);
    System.arraycopy(body, 0, all, headBytes.length, body.length);
    return all;
  }

  /** A complete {@code 200 application/json} response. */
  public static byte[] json(byte[] body) {
    return response(200, "application/json", body);
  }

  private void acceptLoop() {
    while (!closed) {
      try {
        Socket connection = socket.accept();
        accepted.incrementAndGet();
        connection.setTcpNoDelay(true);
        connections.add(connection);
        Thread worker =
            new Thread(() -> serve(connection), "loopback-server-" + connection.getPort());
        worker.setDaemon(true);
        worker.start();
      } catch (IOException e) {
        if (!closed) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }

  private void serve(Socket connection) {
    try (connection) {
      InputStream in = new BufferedInputStream(connection.getInputStream(), 64 * 1024);
      OutputStream out = connection.getOutputStream();
      byte[] drain = new byte[64 * 1024];
      StringBuilder line = new StringBuilder(256);
      while (!closed) {
        String requestLine = readLine(in, line);
        if (requestLine == null) {
          return;
        }
        if (requestLine.isEmpty()) {
          continue;
        }
        long contentLength = 0;
        boolean chunked = false;
        boolean close = false;
        String header;
        while ((header = readLine(in, line)) != null && !header.isEmpty()) {
          int colon = header.indexOf(':');
          if (colon < 0) {
            continue;
          }
          String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
          String value = header.substring(colon + 1).trim();
          switch (name) {
            case "content-length" -> contentLength = Long.parseLong(value);
            case "transfer-encoding" ->
                chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
            case "connection" -> close = value.equalsIgnoreCase("close");
            default -> {}
          }
        }
        if (header == null) {
          return;
        }
        if (chunked) {
          out.write(LENGTH_REQUIRED);
          out.flush();
          return;
        }
        byte[] body = readBody(in, contentLength, drain);
        int firstSpace = requestLine.indexOf(' ');
        int secondSpace = requestLine.indexOf(' ', firstSpace + 1);
        String method = requestLine.substring(0, firstSpace);
        String target =
            requestLine.substring(
                firstSpace + 1, secondSpace < 0 ? requestLine.length() : secondSpace);
        requests.incrementAndGet();
        requestBodyBytes.addAndGet(contentLength);
        byte[] answer = handler.answer(method, target, body);
        if (delayMillis > 0) {
          try {
            Thread.sleep(delayMillis);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
        out.write(answer);
        out.flush();
        if (close) {
          return;
        }
      }
    } catch (IOException e) {
      // the client went away
    } finally {
      connections.remove(connection);
    }
  }

  /**
   * Reads the body; returns it when bodies are kept or passed to the handler, else drains it and
   * returns an empty array.
   */
  private byte[] readBody(InputStream in, long length, byte[] drain) throws IOException {
    if (keepBodies || passBodies) {
      ByteArrayOutputStream kept = new ByteArrayOutputStream((int) Math.min(length, 1 << 20));
      copy(in, length, drain, kept);
      byte[] body = kept.toByteArray();
      if (keepBodies) {
        keptBodies.add(body);
      }
      return body;
    }
    if (passBodies) {
      ByteArrayOutputStream body = new ByteArrayOutputStream((int) Math.min(length, 1 << 20));
      copy(in, length, drain, body);
      return body.toByteArray();
    }
    copy(in, length, drain, null);
    return new byte[0];
  }

  private static void copy(InputStream in, long length, byte[] buffer, OutputStream to)
      throws IOException {
    long left = length;
    while (left > 0) {
      int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
      if (n < 0) {
        throw new IOException("request body ended early");
      }
      if (to != null) {
        to.write(buffer, 0, n);
      }
      left -= n;
    }
  }

  /** One line without its CRLF, or null at the end of the stream. */
  private static String readLine(InputStream in, StringBuilder line) throws IOException {
    line.setLength(0);
    while (true) {
      int b = in.read();
      if (b < 0) {
        return line.length() == 0 ? null : line.toString();
      }
      if (b == '\n') {
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
          line.setLength(end - 1);
        }
        return line.toString();
      }
      line.append((char) b);
    }
  }
}
