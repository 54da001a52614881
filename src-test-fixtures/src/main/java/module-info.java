/**
 * Fake ExtraHop and Kentik servers, sample payloads and JUnit 5 support, for testing code that
 * calls either API. Independent of the SDK's client modules on purpose.
 */
module io.netobs.testing {
  requires transitive com.fasterxml.jackson.databind;
  requires transitive okhttp3.tls;
  requires transitive okhttp3;
  requires mockwebserver3;
  requires okio;
  requires kotlin.stdlib;
  requires static org.junit.jupiter.api;
  requires static transitive org.jspecify;

  exports io.netobs.testing;

  opens io.netobs.testing.samples.extrahop;
  opens io.netobs.testing.samples.kentik;
  opens io.netobs.testing.catalogue;
}
