/**
 * The Kentik client. {@link io.netobs.kentik.KentikClient} is the entry point; its resource classes
 * cover the Query API ({@link io.netobs.kentik.KentikQueries}), devices ({@link
 * io.netobs.kentik.KentikDevices}), their interfaces and labels, sites, plans, users, tenants,
 * alerting ({@link io.netobs.kentik.KentikAlerting}), flow tags ({@link
 * io.netobs.kentik.FlowTags}), custom dimensions and populators ({@link
 * io.netobs.kentik.CustomDimensions}, {@link io.netobs.kentik.Populators}), the Batch API ({@link
 * io.netobs.kentik.Batch}), saved filters ({@link io.netobs.kentik.SavedFilters}) and custom
 * applications ({@link io.netobs.kentik.CustomApplications}) on the V5 API, and the v6 services in
 * {@code io.netobs.kentik.synthetics} and {@code io.netobs.kentik.cloudexport}.
 *
 * <p>Failures are unchecked exceptions of {@code io.netobs.http}: {@link
 * io.netobs.http.ApiException} and its subclasses for error statuses (Kentik's {@code {"error":
 * ...}} message included), {@link io.netobs.http.TransportException} below HTTP, {@link
 * io.netobs.http.DecodingException} for an unreadable answer, and {@link
 * io.netobs.kentik.BatchPartFailedException} for a batch that stopped part way. Invalid input is
 * refused with {@link IllegalArgumentException} before anything is sent.
 *
 * <p>Nullness: every type in this package is non-null unless marked {@code @Nullable} (JSpecify
 * {@code @NullMarked}).
 */
@NullMarked
package io.netobs.kentik;

import org.jspecify.annotations.NullMarked;
