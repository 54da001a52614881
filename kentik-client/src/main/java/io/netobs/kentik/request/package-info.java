/**
 * What a caller builds and sends to the Kentik V5 Admin API: creates, updates and the items of a
 * batch. Every request is made the same way: {@code Xxx.builder()}, setters that check their own
 * value at once, {@code build()} for required fields and rules about the whole request, and {@code
 * toBuilder()} for a variant. Built requests are immutable and thread-safe; builders are not.
 * Creates and updates are {@link io.netobs.http.RequestBody}s: they send only the fields set, in
 * the order they were set, and {@code toMap()} shows them as sent.
 *
 * <p>Nullness: every type in this package is non-null unless marked {@code @Nullable} (JSpecify
 * {@code @NullMarked}).
 */
@NullMarked
package io.netobs.kentik.request;

import org.jspecify.annotations.NullMarked;
