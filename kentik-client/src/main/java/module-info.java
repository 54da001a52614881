/**
 * The Kentik V5 Admin API client of netobs-java: flow tags, custom dimensions and their populators,
 * the Batch API, saved filters and custom applications. Start with {@link
 * io.netobs.kentik.KentikClient}.
 */
module io.netobs.kentik {
  requires transitive io.netobs.http;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires org.slf4j;

  exports io.netobs.kentik;
  exports io.netobs.kentik.model;
  exports io.netobs.kentik.request;
  exports io.netobs.kentik.cloudexport;
  exports io.netobs.kentik.cloudexport.model;
  exports io.netobs.kentik.cloudexport.request;

  opens io.netobs.kentik.model to
      com.fasterxml.jackson.databind;
  opens io.netobs.kentik.cloudexport.model to
      com.fasterxml.jackson.databind;
  opens io.netobs.kentik.internal to
      com.fasterxml.jackson.databind;
}
