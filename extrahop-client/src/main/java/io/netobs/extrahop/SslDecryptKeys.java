package io.netobs.extrahop;

import io.netobs.extrahop.internal.Crud;
import io.netobs.extrahop.model.SslDecryptKey;
import io.netobs.extrahop.model.SslDecryptKeyProtocol;
import io.netobs.extrahop.request.SslDecryptKeyCreate;
import io.netobs.extrahop.request.SslDecryptKeyUpdate;
import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.Checks;
import io.netobs.http.internal.HttpCore;
import io.netobs.http.internal.Locations;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * SSL decryption keys ({@code /ssldecryptkeys}), identified by the hex SHA-1 hash of the key, and
 * the protocols each decrypts. The private key is sent once, on create, and never returned.
 */
public final class SslDecryptKeys {
  private static final Pattern PROTOCOL = Pattern.compile("[A-Za-z0-9_.-]+");

  private final HttpCore core;
  private final Crud<SslDecryptKey> crud;

  SslDecryptKeys(HttpCore core) {
    this.core = core;
    this.crud = new Crud<>(core, "/ssldecryptkeys", SslDecryptKey.class);
  }

  /** Every key's metadata: {@code GET /ssldecryptkeys}. */
  public List<SslDecryptKey> list() {
    return crud.list();
  }

  /** One key's certificate and metadata: {@code GET /ssldecryptkeys/{id}}. */
  public SslDecryptKey get(String id) {
    return crud.get(Crud.key(id, "id"));
  }

  /**
   * Adds a key: {@code POST /ssldecryptkeys}; returns its id (from {@code Location}). The private
   * key travels in the body; keep wire logging (TRACE) off while calling this.
   */
  public String create(SslDecryptKeyCreate key) {
    return crud.createKey(key, "key");
  }

  /** Changes the fields set in {@code update}: {@code PATCH /ssldecryptkeys/{id}}. */
  public void update(String id, SslDecryptKeyUpdate update) {
    crud.update(Crud.key(id, "id"), update);
  }

  /** Removes a key from the appliance: {@code DELETE /ssldecryptkeys/{id}}. */
  public void delete(String id) {
    crud.delete(Crud.key(id, "id"));
  }

  /** The protocols a key decrypts: {@code GET /ssldecryptkeys/{id}/protocols}. */
  public List<SslDecryptKeyProtocol> protocols(String id) {
    return Crud.listAt(
        core, SslDecryptKeyProtocol.class, "/ssldecryptkeys/{}/protocols", Crud.key(id, "id"));
  }

  /**
   * Decrypts {@code protocol} on {@code port} with this key: {@code POST
   * /ssldecryptkeys/{id}/protocols} with {@code {"protocol": .., "port": ..}}.
   *
   * @param protocol the protocol name (e.g. {@code http})
   * @param port 1 to 65535
   * @return the last segment of the answer's {@code Location} (the entry's id or protocol), or null
   *     when the appliance sent none
   */
  public @Nullable String addProtocol(String id, String protocol, int port) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("protocol", protocol(protocol, "protocol"));
    body.put("port", port(port));
    return core.execute(
        ApiRequest.post("/ssldecryptkeys/{}/protocols", Crud.key(id, "id")).json(body).build(),
        response -> {
          response.body().transferTo(OutputStream.nullOutputStream());
          String location = response.header("Location");
          return location == null || location.isBlank()
              ? null
              : Locations.lastSegment(
                  location, response.method(), response.path(), response.status());
        });
  }

  /**
   * Stops decrypting a protocol with this key, on every port: {@code DELETE
   * /ssldecryptkeys/{id}/protocols/{childId}}.
   *
   * @param protocol the protocol's name (older firmware) or its entry id (firmware that numbers
   *     entries, see {@link SslDecryptKeyProtocol#id()})
   */
  public void deleteProtocol(String id, String protocol) {
    core.send(
        ApiRequest.delete(
                "/ssldecryptkeys/{}/protocols/{}",
                Crud.key(id, "id"),
                protocol(protocol, "protocol"))
            .build());
  }

  /**
   * As {@link #deleteProtocol(String, String)}, on {@code port} only: {@code DELETE ...?port=..}.
   */
  public void deleteProtocol(String id, String protocol, int port) {
    core.send(
        ApiRequest.delete(
                "/ssldecryptkeys/{}/protocols/{}",
                Crud.key(id, "id"),
                protocol(protocol, "protocol"))
            .query("port", port(port))
            .build());
  }

  private static String protocol(String protocol, String name) {
    Checks.notBlank(protocol, name);
    if (!PROTOCOL.matcher(protocol).matches()) {
      throw new IllegalArgumentException(
          name
              + " must be a protocol name such as http (letters, digits, '.', '_', '-'), was '"
              + protocol
              + "'");
    }
    return protocol;
  }

  private static int port(int port) {
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port must be between 1 and 65535, was " + port);
    }
    return port;
  }
}
