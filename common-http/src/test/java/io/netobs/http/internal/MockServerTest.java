package io.netobs.http.internal;

import java.io.IOException;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The setup of the core's tests against MockWebServer: a server started before each test (before
 * the subclass's own {@code @BeforeEach}) and closed after it (after the subclass's
 * {@code @AfterEach}).
 */
abstract class MockServerTest {
  final MockWebServer server = new MockWebServer();

  @BeforeEach
  final void startServer() throws IOException {
    server.start();
  }

  @AfterEach
  final void stopServer() {
    server.close();
  }
}
