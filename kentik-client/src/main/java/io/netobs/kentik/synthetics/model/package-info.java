/**
 * What the synthetics v202309 API answers: agents, their alerts, tests and their settings, results
 * and traces. Records keep the fields this SDK does not know; states are open enums.
 *
 * <p>Nullness: every type in this package is non-null unless marked {@code @Nullable} (JSpecify
 * {@code @NullMarked}).
 */
@NullMarked
package io.netobs.kentik.synthetics.model;

import org.jspecify.annotations.NullMarked;
