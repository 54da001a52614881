/**
 * Kentik's synthetics API, version v202309, on the v6 gateway: {@link
 * io.netobs.kentik.synthetics.Synthetics} (reached through {@link
 * io.netobs.kentik.KentikClient#synthetics()}) and its agents, tests, agent alerts, results and
 * traces. Requests are in {@link io.netobs.kentik.synthetics.request}, answers in {@link
 * io.netobs.kentik.synthetics.model}.
 *
 * <p>Nullness: every type in this package is non-null unless marked {@code @Nullable} (JSpecify
 * {@code @NullMarked}).
 */
@NullMarked
package io.netobs.kentik.synthetics;

import org.jspecify.annotations.NullMarked;
