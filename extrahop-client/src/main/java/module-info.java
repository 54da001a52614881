/**
 * The ExtraHop REST API client: {@link io.netobs.extrahop.ExtraHopClient} and its resources in
 * {@code io.netobs.extrahop}, the typed answers and request bodies in {@code io.netobs.extrahop.model}.
 */
module io.netobs.extrahop {
  requires transitive io.netobs.http;
  requires com.fasterxml.jackson.databind;

  exports io.netobs.extrahop;
  exports io.netobs.extrahop.model;

  opens io.netobs.extrahop to com.fasterxml.jackson.databind;
  opens io.netobs.extrahop.model to com.fasterxml.jackson.databind;
}
