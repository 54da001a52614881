package io.netobs.extrahop.internal;

import com.fasterxml.jackson.databind.JavaType;
import io.netobs.http.PagedIterable;
import io.netobs.http.RequestBody;
import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.Checks;
import io.netobs.http.internal.HttpCore;
import io.netobs.http.internal.Json;
import java.util.List;
import java.util.Map;

/**
 * The create, read, update and delete calls of one collection, such as {@code /tags}: every
 * resource with these operations goes through here, so they behave alike.
 *
 * <ul>
 *   <li>list: {@code GET /tags} (optionally paged by {@code limit} and {@code offset})
 *   <li>get: {@code GET /tags/{id}}; a missing object throws {@link
 *       io.netobs.http.NotFoundException}
 *   <li>create: {@code POST /tags} answers 201 with an empty body; the new id is read from {@code
 *       Location}
 *   <li>update: {@code PATCH /tags/{id}} with only the fields set (explicit nulls clear); each
 *       field is set to a value, so sending it twice changes nothing more, and it is retried like a
 *       PUT
 *   <li>delete: {@code DELETE /tags/{id}} answers 204
 * </ul>
 *
 * Keys are numeric ids (checked positive; for networks, whose "All" network is id 0, checked not
 * negative) or, for users, user groups, SSL keys and dashboard short codes, strings (checked not
 * blank); either way they are sent as one percent-encoded path segment.
 *
 * @param <T> the model type
 */
public final class Crud<T> {
  private final HttpCore core;
  private final String collection;

  /**
   * The path of one item, the collection's path and {@code /{}}, made once rather than per call.
   */
  private final String item;

  private final JavaType type;
  private final JavaType listType;
  private final boolean zeroIsAnId;

  public Crud(HttpCore core, String collection, Class<T> type) {
    this(core, collection, type, false);
  }

  /**
   * A collection whose ids start at 0 when {@code zeroIsAnId} ({@code /networks}, whose id 0 is the
   * "All" network), at 1 otherwise.
   */
  public Crud(HttpCore core, String collection, Class<T> type, boolean zeroIsAnId) {
    this.core = core;
    this.collection = collection;
    this.item = collection + "/{}";
    this.type = Json.mapper().constructType(type);
    this.listType = Json.listOf(type);
    this.zeroIsAnId = zeroIsAnId;
  }

  private long checked(long id) {
    return zeroIsAnId ? Validate.nonNegative(id, "id") : id(id);
  }

  public List<T> list() {
    return core.json(ApiRequest.get(collection).build(), listType);
  }

  /** The list with query parameters; null values are not sent. */
  public List<T> list(Map<String, ?> query) {
    ApiRequest.Builder request = ApiRequest.get(collection);
    query.forEach(request::query);
    return core.json(request.build(), listType);
  }

  /** The list fetched lazily, {@code pageSize} at a time, with {@code limit} and {@code offset}. */
  public PagedIterable<T> paged(long startOffset, int pageSize, Map<String, ?> query) {
    return core.byOffset(
        startOffset,
        pageSize,
        (offset, limit) -> {
          ApiRequest.Builder request = ApiRequest.get(collection);
          query.forEach(request::query);
          request.query("limit", limit).query("offset", offset);
          return core.json(request.build(), listType);
        });
  }

  public T get(long id) {
    return core.json(ApiRequest.get(item, checked(id)).build(), type);
  }

  public T get(String key) {
    return core.json(ApiRequest.get(item, key(key)).build(), type);
  }

  public long create(RequestBody body) {
    return create(body, "body");
  }

  /**
   * A create whose body the public method calls {@code name}, for the message when it is missing.
   */
  public long create(RequestBody body, String name) {
    return core.createdId(ApiRequest.post(collection).json(body(body, name)).build());
  }

  public String createKey(RequestBody body, String name) {
    return core.createdKey(ApiRequest.post(collection).json(body(body, name)).build());
  }

  /** Every public update method calls its body {@code update}. */
  public void update(long id, RequestBody update) {
    checked(id);
    Map<String, Object> fields = body(update, "update");
    core.send(ApiRequest.patch(item, id).json(fields).idempotent(true).build());
  }

  public void update(String key, RequestBody update) {
    key(key);
    Map<String, Object> fields = body(update, "update");
    core.send(ApiRequest.patch(item, key).json(fields).idempotent(true).build());
  }

  public void delete(long id) {
    core.send(ApiRequest.delete(item, checked(id)).build());
  }

  public void delete(String key) {
    core.send(ApiRequest.delete(item, key(key)).build());
  }

  /** {@code GET path} answering a JSON array of {@code type}. */
  public static <C> List<C> listAt(HttpCore core, Class<C> type, String path, Object... params) {
    return core.json(ApiRequest.get(path, params).build(), Json.listOf(type));
  }

  /** {@code GET path} answering one JSON object of {@code type}. */
  public static <C> C getAt(HttpCore core, Class<C> type, String path, Object... params) {
    return core.json(ApiRequest.get(path, params).build(), type);
  }

  /** The fields of a body built (and so checked) by its builder; a null body is refused. */
  public static Map<String, Object> body(RequestBody fields) {
    return body(fields, "body");
  }

  /** As {@link #body(RequestBody)}, for a parameter named {@code name}. */
  public static Map<String, Object> body(RequestBody fields, String name) {
    return Checks.notNull(fields, name).toMap();
  }

  public static long id(long id) {
    return Checks.positiveId(id, "id");
  }

  /**
   * A network's id: 0 is the "All" network appliances answer with, so only negatives are refused.
   */
  public static long networkId(long id) {
    return Validate.nonNegative(id, "id");
  }

  public static String key(String key) {
    return key(key, "key");
  }

  /** A string key in a parameter named {@code name} (a user group's or an SSL key's {@code id}). */
  public static String key(String key, String name) {
    return Checks.notBlank(key, name);
  }
}
