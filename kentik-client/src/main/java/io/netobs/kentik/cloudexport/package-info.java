/**
 * Kentik's cloud exports (v6 Cloud Export API, version v202506): the settings Kentik uses to read
 * flow logs and metadata from a public cloud (AWS, Azure, Google Cloud, Oracle Cloud), and the
 * status of each export. Reached through {@link io.netobs.kentik.KentikClient#cloudExports()};
 * requests are in {@link io.netobs.kentik.cloudexport.request}, answers in {@link
 * io.netobs.kentik.cloudexport.model}.
 *
 * <p>Nullness: every type in this package is non-null unless marked {@code @Nullable} (JSpecify
 * {@code @NullMarked}).
 */
@NullMarked
package io.netobs.kentik.cloudexport;

import org.jspecify.annotations.NullMarked;
