/**
 * What the ExtraHop REST API answers, as immutable records, and what it is sent, as request bodies.
 *
 * <p>Records keep every field this release does not know in {@code unknownFields()}, so nothing the
 * appliance sends is lost; collections that are missing decode as empty. Enum-like values
 * ({@link io.netobs.extrahop.model.AlertSeverity}, {@link io.netobs.extrahop.model.AlertType},
 * {@link io.netobs.extrahop.model.AlertOperator}, ...) keep values they do not know.
 *
 * <p>Request bodies are {@code XxxCreate} (made by factories that take the required fields) and
 * {@code XxxUpdate} (partial updates: only the fields set are sent, {@code clearX()} sends an explicit
 * null). Setters check their values at once, naming the field and the rule; the client checks the
 * whole body before sending anything.
 */
package io.netobs.extrahop.model;
