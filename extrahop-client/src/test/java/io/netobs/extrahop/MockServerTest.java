package io.netobs.extrahop;

import io.netobs.http.internal.HttpCore;
import java.io.IOException;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The setup of the resource tests against MockWebServer: a server and a core talking to it (see
 * {@link TestCores#core}), made before each test (before the subclass's own {@code @BeforeEach})
 * and closed after it.
 */
abstract class MockServerTest {
  /**
   * The size of the generated downloads of the transfer tests: large enough to be streamed, not
   * held.
   */
  static final long SIZE = 20L * 1024 * 1024;

  MockWebServer server;
  HttpCore core;

  @BeforeEach
  final void startServer() throws IOException {
    server = new MockWebServer();
    server.start();
    core = TestCores.core(server);
  }

  @AfterEach
  final void stopServer() {
    core.close();
    server.close();
  }
}
