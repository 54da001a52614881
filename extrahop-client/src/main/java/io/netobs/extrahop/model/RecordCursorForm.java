package io.netobs.extrahop.model;

/**
 * How the next page of a record search is asked for. Firmware differs: the REST API guide documents
 * the cursor in the path, newer firmware takes it in a JSON body.
 */
public enum RecordCursorForm {
  /** {@code GET /records/cursor/{cursor}}, as the REST API guide documents it. The default. */
  PATH,
  /**
   * {@code POST /records/cursor} with {@code {"cursor": ...}} and {@code context_ttl} as a query
   * parameter, as newer firmware offers.
   */
  BODY
}
