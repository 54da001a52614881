package io.netobs.redis;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Redis server of the tests' own, on a free loopback port, with nothing saved to disk. The server
 * binary comes from {@code src/test/scripts/redis-server.sh}: {@code redis-server} on PATH, or
 * Debian's package unpacked under {@code target/redis-server} (downloaded once).
 */
final class LocalRedis implements AutoCloseable {
  private final Process process;
  private final int port;

  private LocalRedis(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /** Starts a server and waits until it answers. */
  static LocalRedis start() throws IOException, InterruptedException {
    String command = serverCommand();
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    Path data = Files.createDirectories(Path.of("target", "redis-data", Integer.toString(port)));
    Path log = data.resolve("redis.log");
    Process process =
        new ProcessBuilder(
                command,
                "--port",
                Integer.toString(port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                data.toAbsolutePath().toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    LocalRedis redis = new LocalRedis(process, port);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!redis.answers()) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        process.destroyForcibly();
        throw new IllegalStateException(
            "redis-server did not start: " + Files.readString(log, StandardCharsets.UTF_8));
      }
      Thread.sleep(20);
    }
    return redis;
  }

  /** The command that runs redis-server, from the module's script. */
  private static String serverCommand() throws IOException, InterruptedException {
    Process script =
        new ProcessBuilder(
                List.of(
                    "bash",
                    Path.of("src", "test", "scripts", "redis-server.sh").toString(),
                    Path.of("target", "redis-server").toString()))
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    String out = new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    if (!script.waitFor(5, TimeUnit.MINUTES) || script.exitValue() != 0 || out.isEmpty()) {
      throw new IllegalStateException("src/test/scripts/redis-server.sh found no redis-server");
    }
    String[] lines = out.split("\n");
    return lines[lines.length - 1].strip();
  }

  private boolean answers() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
      socket.setSoTimeout(500);
      socket.getOutputStream().write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
      byte[] answer = new byte[7];
      int n = socket.getInputStream().read(answer);
      return n > 0 && new String(answer, 0, n, StandardCharsets.US_ASCII).startsWith("+PONG");
    } catch (IOException e) {
      return false;
    }
  }

  int port() {
    return port;
  }

  /** {@code redis://127.0.0.1:PORT}. */
  String url() {
    return "redis://127.0.0.1:" + port;
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(5, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
    }
  }
}
