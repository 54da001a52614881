/**
 * Requests of the Cloud Export API v202506: {@link
 * io.netobs.kentik.cloudexport.request.CloudExportCreate}, {@link
 * io.netobs.kentik.cloudexport.request.CloudExportUpdate} and the provider settings they carry.
 *
 * <p>Nullness: every type in this package is non-null unless marked {@code @Nullable} (JSpecify
 * {@code @NullMarked}).
 */
@NullMarked
package io.netobs.kentik.cloudexport.request;

import org.jspecify.annotations.NullMarked;
