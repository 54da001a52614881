/**
 * Micrometer metrics for netobs-java clients: {@link io.netobs.micrometer.MicrometerCallHook}
 * records a timer per operation and outcome, and counts retries.
 */
// The OpenTelemetry and Micrometer jars are automatic modules; their types are in this API.
@SuppressWarnings("requires-transitive-automatic")
module io.netobs.micrometer {
  requires transitive io.netobs.http;
  requires transitive micrometer.core;

  exports io.netobs.micrometer;
}
