/**
 * Implementation of the fakes: not part of the public API, and free to change in any release.
 * Classes are public only so that {@code io.netobs.testing} can use them.
 */
package io.netobs.testing.internal;
