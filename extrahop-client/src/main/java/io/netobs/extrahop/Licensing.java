package io.netobs.extrahop;

import io.netobs.extrahop.internal.Crud;
import io.netobs.extrahop.model.License;
import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.Checks;
import io.netobs.http.internal.HttpCore;
import io.netobs.http.internal.Json;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The appliance's license and product key ({@code /license}). */
public final class Licensing {
  private final HttpCore core;

  Licensing(HttpCore core) {
    this.core = core;
  }

  /** The license applied to the appliance: {@code GET /license}. */
  public License get() {
    return Crud.getAt(core, License.class, "/license");
  }

  /**
   * Applies and registers a new license: {@code PUT /license}. The license is sent as given: as
   * JSON when it is a JSON document (as ExtraHop license files are), else as text.
   *
   * <p><b>Changes the appliance's state:</b> the new license replaces the current one at once, and
   * a registration job starts when it differs. Modules or capacity the new license lacks stop
   * working. There is no undo but applying the old license again.
   */
  public void apply(String license) {
    Checks.notBlank(license, "license");
    boolean json;
    try {
      Json.mapper().readTree(license);
      json = license.strip().startsWith("{");
    } catch (Exception notJson) {
      json = false;
    }
    byte[] bytes = license.getBytes(StandardCharsets.UTF_8);
    core.send(
        ApiRequest.put("/license")
            .bytes(bytes, json ? "application/json; charset=utf-8" : "text/plain; charset=utf-8")
            .build());
  }

  /**
   * The product key of the appliance: {@code GET /license/productkey}; null when the answer has
   * none.
   */
  public @Nullable String productKey() {
    Map<?, ?> answer = Crud.getAt(core, Map.class, "/license/productkey");
    Object key = answer.get("product_key");
    return key == null ? null : String.valueOf(key);
  }

  /**
   * Applies a product key and registers the license: {@code PUT /license/productkey} with {@code
   * {"product_key": "..."}}.
   *
   * <p><b>Changes the appliance's state:</b> the appliance is licensed with this key and a
   * registration job starts; the previous license is replaced. The key never reaches the wire log;
   * the call is not retried once sent.
   */
  public void applyProductKey(String productKey) {
    Checks.notBlank(productKey, "productKey");
    core.send(
        ApiRequest.put("/license/productkey")
            .json(Map.of("product_key", productKey.strip()))
            .build());
  }
}
