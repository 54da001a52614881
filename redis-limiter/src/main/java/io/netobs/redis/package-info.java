/**
 * A {@link io.netobs.http.SharedLimiter} backed by Redis, so that every process of a service (or
 * every service of an account) keeps to the account's limits together.
 */
package io.netobs.redis;
