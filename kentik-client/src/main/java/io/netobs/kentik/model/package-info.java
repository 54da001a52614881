/**
 * The Kentik V5 Admin API's answers: records for what the server sends (unknown fields kept, ids as
 * {@code long}, ids of users and companies as strings, dates as {@link java.time.Instant}) and the
 * open enums and values they share with requests ({@link io.netobs.kentik.model.MatchField}, {@link
 * io.netobs.kentik.model.Direction}, {@link io.netobs.kentik.model.DimensionType}, and the saved
 * filter's {@link io.netobs.kentik.model.FilterSet}). Requests are in {@link
 * io.netobs.kentik.request}.
 *
 * <p>Nullness: every type in this package is non-null unless marked {@code @Nullable} (JSpecify
 * {@code @NullMarked}).
 */
@NullMarked
package io.netobs.kentik.model;

import org.jspecify.annotations.NullMarked;
