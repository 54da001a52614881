/**
 * What a caller builds and sends to the ExtraHop REST API: creates, updates, queries, searches,
 * filters and options.
 *
 * <p>Every request object is immutable and made the same way: {@code Xxx.builder()} returns a
 * builder whose setters are named after the fields and check their value at once, {@code build()}
 * checks the whole object (required fields, at least one field for an update), and {@code
 * toBuilder()} starts a variant. A create and an update of the same thing share one {@code
 * <Thing>Fields} builder, so each field's setter and its rule exist once; an update's {@code
 * clearX()} methods send an explicit JSON {@code null}. Bodies send only the fields set, in the
 * order they were set, and never show secrets in {@code toString()}; they are {@link
 * io.netobs.http.RequestBody}s, whose {@code toMap()} shows them as sent.
 *
 * <p>Nullness: every type in this package is non-null unless marked {@code @Nullable} (JSpecify
 * {@code @NullMarked}).
 */
@NullMarked
package io.netobs.extrahop.request;

import org.jspecify.annotations.NullMarked;
