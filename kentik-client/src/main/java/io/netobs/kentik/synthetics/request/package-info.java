/**
 * What a caller builds and sends to the synthetics v202309 API: tests, agent changes, agent alerts,
 * and the queries for results and traces.
 *
 * <p>Nullness: every type in this package is non-null unless marked {@code @Nullable} (JSpecify
 * {@code @NullMarked}).
 */
@NullMarked
package io.netobs.kentik.synthetics.request;

import org.jspecify.annotations.NullMarked;
