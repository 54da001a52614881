/**
 * The ExtraHop REST API client: {@link io.netobs.extrahop.ExtraHopClient} and its resources in
 * {@code io.netobs.extrahop}, the request objects a caller builds in {@code
 * io.netobs.extrahop.request}, and the typed answers in {@code io.netobs.extrahop.model}. The
 * client's mechanics live in {@code io.netobs.extrahop.internal}, which is not exported.
 */
module io.netobs.extrahop {
  requires transitive io.netobs.http;
  requires com.fasterxml.jackson.databind;

  exports io.netobs.extrahop;
  exports io.netobs.extrahop.model;
  exports io.netobs.extrahop.request;

  opens io.netobs.extrahop to
      com.fasterxml.jackson.databind;
  opens io.netobs.extrahop.model to
      com.fasterxml.jackson.databind;
  opens io.netobs.extrahop.request to
      com.fasterxml.jackson.databind;
}
