/**
 * Fake ExtraHop and Kentik servers, sample payloads and JUnit 5 support for testing code that calls
 * these APIs, without the SDK: the fakes speak the wire format on their own, so a mistake in the
 * SDK's models cannot hide behind the same mistake here.
 *
 * <ul>
 *   <li>{@link io.netobs.testing.FakeHttpServer} serves any {@link io.netobs.testing.FakeApi} on a
 *       loopback port, records a {@link io.netobs.testing.Journal} (credentials masked) and applies
 *       {@link io.netobs.testing.Faults} on demand.
 *   <li>{@link io.netobs.testing.FakeKentik} is a stateful fake of the Kentik V5 Admin APIs.
 *   <li>{@link io.netobs.testing.Catalogue} lists every operation of both services and matches
 *       requests to them, for coverage reports.
 *   <li>{@link io.netobs.testing.FakeServersTest} injects fakes into JUnit 5 tests; {@link
 *       io.netobs.testing.FakeServers} runs them standalone ({@code java -jar netobs-fakes.jar}).
 *   <li>{@link io.netobs.testing.Samples} holds payloads shaped as the live services send them.
 * </ul>
 *
 * <p>Which faults let a request reach the fake API (and change its state) is described on {@link
 * io.netobs.testing.Fault}.
 *
 * <p>Nullness: every type in this package is non-null unless marked {@code @Nullable} (JSpecify
 * {@code @NullMarked}).
 */
@NullMarked
package io.netobs.testing;

import org.jspecify.annotations.NullMarked;
