/**
 * The ExtraHop REST API client. Start from {@link io.netobs.extrahop.ExtraHopClient}: each resource
 * of the API is one class reached from it ({@code client.tags()}, {@code client.devices()}, ...).
 *
 * <p>Two mechanisms carry most of the API:
 *
 * <ul>
 *   <li>{@link io.netobs.extrahop.Assignments}: the objects of one kind assigned to an object (the
 *       devices of a tag, the device groups of an alert, ...), listed, assigned and unassigned in
 *       bulk or one by one; a 207 Multi-Status answer becomes an {@link
 *       io.netobs.extrahop.AssignmentResult} that names the ids not applied.
 *   <li>Create, read, update, delete: creates return the new id from the {@code Location} header,
 *       updates send only the fields set (explicit nulls clear), a missing object throws {@link
 *       io.netobs.http.NotFoundException}.
 * </ul>
 *
 * <p>Times are {@link io.netobs.extrahop.ExtraHopTime} values: absolute, relative in milliseconds,
 * or with one of the API's unit suffixes. Every failure is an unchecked exception of {@code
 * io.netobs.http}.
 *
 * <p>Nullness: every type in this package is non-null unless marked {@code @Nullable} (JSpecify
 * {@code @NullMarked}).
 */
@NullMarked
package io.netobs.extrahop;

import org.jspecify.annotations.NullMarked;
