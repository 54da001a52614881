/**
 * The shared HTTP core of netobs-java: configuration, authentication, TLS trust, retries, rate
 * limits, paging and the exception types. {@code io.netobs.http.internal} is open only to the SDK's
 * own client modules.
 */
module io.netobs.http {
  requires transitive com.fasterxml.jackson.annotation;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires okhttp3;
  requires okio;
  requires kotlin.stdlib;
  requires org.slf4j;
  requires static transitive org.jspecify;

  exports io.netobs.http;
  exports io.netobs.http.internal to
      io.netobs.extrahop,
      io.netobs.kentik;
}
