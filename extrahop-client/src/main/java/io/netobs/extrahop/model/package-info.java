/**
 * What the ExtraHop REST API answers, as immutable records, and the open enums of its values.
 *
 * <p>Records keep every field this release does not know in {@code unknownFields()}, so nothing the
 * appliance sends is lost; collections that are missing decode as empty. Enum-like values ({@link
 * io.netobs.extrahop.model.AlertSeverity}, {@link io.netobs.extrahop.model.AlertType}, {@link
 * io.netobs.extrahop.model.AlertOperator}, ...) keep values they do not know.
 *
 * <p>What a caller sends is in {@link io.netobs.extrahop.request}.
 *
 * <p>Nullness: every type in this package is non-null unless marked {@code @Nullable} (JSpecify
 * {@code @NullMarked}).
 */
@NullMarked
package io.netobs.extrahop.model;

import org.jspecify.annotations.NullMarked;
