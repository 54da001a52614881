package io.netobs.testing.extrahop;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;

/**
 * What the fake knows about one kind of stored object.
 *
 * @param name the store name: the path segment ({@code tags}), or {@code parent/children} for a
 *     sub-collection such as {@code customdevices/criteria}
 * @param keyField the field that names an object in paths ({@code id}, {@code username}, ...)
 * @param numericKey whether the key is a number the fake allocates
 * @param alternateKeyField a field that also names an object when the path segment starts with
 *     {@code ~} (dashboards' {@code short_code}), or null
 * @param required fields a create must carry, non-null, and a patch must not clear
 * @param writeOnly fields accepted on create and patch but never answered (passwords)
 * @param defaults fields a created object gets when the body does not set them
 * @param createdTimeFields fields set to the time of creation
 * @param rules further checks of a whole object after create or patch, throwing {@link ApiError}
 */
record ResourceSpec(
    String name,
    String keyField,
    boolean numericKey,
    String alternateKeyField,
    List<String> required,
    List<String> writeOnly,
    ObjectNode defaults,
    List<String> createdTimeFields,
    Consumer<ObjectNode> rules) {}
