package io.netobs.extrahop.model;

/**
 * How a packet search is sent. Both forms take the same criteria and answer the same bytes; some
 * proxies and older integrations only pass one of them.
 */
public enum PacketSearchForm {
  /** {@code POST /packets/search} with the criteria as a JSON body. The default. */
  BODY,
  /** {@code GET /packets/search} with the criteria as query parameters. */
  QUERY
}
