/**
 * What a caller builds and sends to the synthetics v202309 API: tests, agent changes, agent alerts,
 * and the queries for results and traces.
 */
package io.netobs.kentik.synthetics.request;
