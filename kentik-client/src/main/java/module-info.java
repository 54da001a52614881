/**
 * The Kentik client of netobs-java: the V5 Query API, the V5 Admin APIs (devices, interfaces,
 * labels, sites, plans, users, tenants, flow tags, custom dimensions and their populators, the
 * Batch API, saved filters, custom applications), alerting, and the v6 synthetics and cloud export
 * APIs. Start with {@link io.netobs.kentik.KentikClient}.
 */
module io.netobs.kentik {
  requires transitive io.netobs.http;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires org.slf4j;

  exports io.netobs.kentik;
  exports io.netobs.kentik.model;
  exports io.netobs.kentik.request;
  exports io.netobs.kentik.synthetics;
  exports io.netobs.kentik.synthetics.model;
  exports io.netobs.kentik.synthetics.request;
  exports io.netobs.kentik.cloudexport;
  exports io.netobs.kentik.cloudexport.model;
  exports io.netobs.kentik.cloudexport.request;

  opens io.netobs.kentik.model to
      com.fasterxml.jackson.databind;
  opens io.netobs.kentik.synthetics.model to
      com.fasterxml.jackson.databind;
  opens io.netobs.kentik.cloudexport.model to
      com.fasterxml.jackson.databind;
  opens io.netobs.kentik.internal to
      com.fasterxml.jackson.databind;
}
