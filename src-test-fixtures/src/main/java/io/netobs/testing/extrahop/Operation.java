package io.netobs.testing.extrahop;

/**
 * One row of an operation catalogue.
 *
 * @param resource the resource group, e.g. {@code alerts}
 * @param method the HTTP method
 * @param path the path under {@code /api/v1}, with {@code {placeholders}}
 * @param description what the operation does, as documented
 */
record Operation(String resource, String method, String path, String description) {

  /** Method and path with every placeholder written {@code {}}, so that rows compare by shape. */
  String shape() {
    return method + " " + PathTemplate.shapeOf(path);
  }
}
