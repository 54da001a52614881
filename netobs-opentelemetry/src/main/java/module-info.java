/**
 * OpenTelemetry tracing for netobs-java clients: {@link
 * io.netobs.opentelemetry.OpenTelemetryCallHook} makes a CLIENT span per call.
 */
// The OpenTelemetry and Micrometer jars are automatic modules; their types are in this API.
@SuppressWarnings("requires-transitive-automatic")
module io.netobs.opentelemetry {
  requires transitive io.netobs.http;
  requires transitive io.opentelemetry.api;
  requires io.opentelemetry.context;

  exports io.netobs.opentelemetry;
}
