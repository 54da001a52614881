package io.netobs.extrahop;

import io.netobs.extrahop.internal.Crud;
import io.netobs.extrahop.internal.Multipart;
import io.netobs.extrahop.model.ThreatCollection;
import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.Checks;
import io.netobs.http.internal.HttpCore;
import io.netobs.http.internal.Json;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Threat collections ({@code /threatcollections}): indicators of compromise uploaded as STIX files
 * (a STIX document, or a tar of them). Uploads are {@code multipart/form-data}, streamed from disk
 * or from a stream, never held in memory, and never retried once sent. Immutable and thread-safe.
 *
 * <pre>{@code
 * long id = client.threatCollections().create("feed", Path.of("feed.tar"));
 * client.threatCollections().update(id, Path.of("feed-today.tar"));
 * }</pre>
 */
public final class ThreatCollections {
  private static final String FILE_PART = "file";
  private static final String STREAM_FILENAME = "collection.tar";

  private final HttpCore core;

  ThreatCollections(HttpCore core) {
    this.core = Objects.requireNonNull(core, "core");
  }

  /** Every threat collection: {@code GET /threatcollections}. */
  public List<ThreatCollection> list() {
    return core.json(
        ApiRequest.get("/threatcollections").build(), Json.listOf(ThreatCollection.class));
  }

  /**
   * Uploads a STIX file as a new collection called {@code name}: {@code POST /threatcollections};
   * returns its id (from the {@code Location} of the 201 answer).
   *
   * @throws IllegalArgumentException when {@code name} is blank or {@code stixFile} is not a
   *     readable file
   */
  public long create(String name, Path stixFile) {
    return core.createdId(
        Multipart.file(
            "POST", "/threatcollections", nameField(name), FILE_PART, stixFile, "stixFile"));
  }

  /**
   * As {@link #create(String, Path)}, the file read once from {@code in} (and closed), sent
   * chunked.
   */
  public long create(String name, InputStream in) {
    return core.createdId(
        Multipart.stream(
            "POST", "/threatcollections", nameField(name), FILE_PART, in, STREAM_FILENAME));
  }

  /**
   * Replaces the indicators of a collection with a new STIX file: {@code PATCH
   * /threatcollections/{id}}. The previous indicators are gone once the appliance has read the new
   * file.
   *
   * @throws IllegalArgumentException when {@code stixFile} is not a readable file
   */
  public void update(long id, Path stixFile) {
    Crud.id(id);
    core.send(
        Multipart.file(
            "PATCH", "/threatcollections/{}", Map.of(), FILE_PART, stixFile, "stixFile", id));
  }

  /** As {@link #update(long, Path)}, the file read once from {@code in} (and closed). */
  public void update(long id, InputStream in) {
    Crud.id(id);
    core.send(
        Multipart.stream(
            "PATCH", "/threatcollections/{}", Map.of(), FILE_PART, in, STREAM_FILENAME, id));
  }

  /**
   * Creates or replaces the collection whose {@code user_key} is {@code userKey}, a key of the
   * caller's choosing: {@code PUT /threatcollections/~{user_key}} (firmware 26.3; older firmware
   * answers 404). Sending the same key again replaces that collection's indicators, so a feed can
   * be refreshed without knowing its id.
   *
   * @throws IllegalArgumentException when {@code userKey} is blank or {@code stixFile} is not a
   *     readable file
   */
  public void put(String userKey, Path stixFile) {
    core.send(
        Multipart.file(
            "PUT", byKey(userKey), Map.of(), FILE_PART, stixFile, "stixFile", "~" + userKey));
  }

  /**
   * As {@link #put(String, Path)}, also naming the collection ({@code name} not blank), for when it
   * is created.
   */
  public void put(String userKey, String name, Path stixFile) {
    core.send(
        Multipart.file(
            "PUT",
            byKey(userKey),
            nameField(name),
            FILE_PART,
            stixFile,
            "stixFile",
            "~" + userKey));
  }

  /** As {@link #put(String, Path)}, the file read once from {@code in} (and closed). */
  public void put(String userKey, InputStream in) {
    core.send(
        Multipart.stream(
            "PUT", byKey(userKey), Map.of(), FILE_PART, in, STREAM_FILENAME, "~" + userKey));
  }

  /**
   * Deletes a threat collection: {@code DELETE /threatcollections/{id}}.
   *
   * <p><b>Hard to undo:</b> the indicators are gone and the appliance stops matching traffic
   * against them; only uploading the STIX file again brings them back.
   */
  public void delete(long id) {
    core.send(ApiRequest.delete("/threatcollections/{}", Crud.id(id)).build());
  }

  private static String byKey(String userKey) {
    Checks.notBlank(userKey, "userKey");
    return "/threatcollections/{}";
  }

  private static Map<String, String> nameField(String name) {
    return Map.of("name", Checks.notBlank(name, "name"));
  }

  @Override
  public String toString() {
    return "ThreatCollections";
  }
}
