/**
 * Answers of the Cloud Export API v202506: records decoded from the v6 gateway's JSON (unknown
 * fields kept, 64-bit numbers read from strings or numbers, times as {@link java.time.Instant}) and
 * open enums that keep a value this SDK does not know.
 *
 * <p>Nullness: every type in this package is non-null unless marked {@code @Nullable} (JSpecify
 * {@code @NullMarked}).
 */
@NullMarked
package io.netobs.kentik.cloudexport.model;

import org.jspecify.annotations.NullMarked;
