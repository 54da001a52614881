package io.netobs.testing.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads an operation catalogue: a tab-separated class-path resource whose header starts with {@code
 * resource, method, path}, then one operation a row ({@code description} and {@code note}
 * optional). Blank lines and lines starting with {@code #} (section headings) are skipped. The one
 * reader of both the public {@code Catalogue} and the ExtraHop fake's routes.
 */
public final class CatalogueFile {
  /** One row; {@code method} upper case, {@code description} and {@code note} empty when absent. */
  public record Row(String resource, String method, String path, String description, String note) {}

  private CatalogueFile() {}

  /** The rows of the class-path resource at {@code absolutePath} (starting with {@code /}). */
  public static List<Row> read(String absolutePath) {
    List<Row> rows = new ArrayList<>();
    try (InputStream in = CatalogueFile.class.getResourceAsStream(absolutePath)) {
      if (in == null) {
        throw new IllegalStateException("missing class-path resource " + absolutePath);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String header = reader.readLine();
      if (header == null || !header.startsWith("resource\tmethod\tpath")) {
        throw new IllegalStateException("unexpected header in " + absolutePath + ": " + header);
      }
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] columns = line.split("\t", -1);
        if (columns.length < 3) {
          throw new IllegalStateException("malformed row in " + absolutePath + ": " + line);
        }
        rows.add(
            new Row(
                columns[0],
                columns[1].toUpperCase(Locale.ROOT),
                columns[2],
                columns.length > 3 ? columns[3] : "",
                columns.length > 4 ? columns[4] : ""));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + absolutePath, e);
    }
    return rows;
  }
}
