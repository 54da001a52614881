/**
 * The Kentik V5 Admin API's data: records for what the server answers (unknown fields kept, ids as
 * {@code long}, ids of users and companies as strings, dates as {@link java.time.Instant}) and builders
 * for requests, which check the rules the API documents before anything is sent.
 */
package io.netobs.kentik.model;
