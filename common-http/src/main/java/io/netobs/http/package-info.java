/**
 * What users of either client touch in the core: client options, authentication, TLS trust, retry
 * policy and budget, rate limits, paging, polling options, the call hook, request bodies and the
 * exception types.
 *
 * <p>Nullness: every type in this package is non-null unless marked {@code @Nullable} (JSpecify
 * {@code @NullMarked}).
 */
@NullMarked
package io.netobs.http;

import org.jspecify.annotations.NullMarked;
