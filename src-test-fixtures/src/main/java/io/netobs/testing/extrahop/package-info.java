/**
 * Internals of the fake ExtraHop REST API behind {@link io.netobs.testing.ExtraHopApi}: not a
 * public API, may change in any release.
 *
 * <p>The design is table-driven. {@link io.netobs.testing.extrahop.Bindings} walks the operation
 * catalogue and gives each row a handler: rows of a repeated shape (create, list, get, patch,
 * delete, assignments, sub-collections, sharing) get the one generic handler of that shape, the few
 * one-off operations are named in a table of their own, and a row without a handler stops the fake
 * at construction. What each resource requires and defaults to is in {@link
 * io.netobs.testing.extrahop.Resources}; the seeded objects are in {@code seed.json} beside these
 * classes.
 */
package io.netobs.testing.extrahop;
