package io.netobs.extrahop.request;

import io.netobs.extrahop.internal.Validate;
import io.netobs.http.RequestBody;
import java.util.List;

/**
 * The setters shared by {@link DetectionFormatCreate} and {@link DetectionFormatUpdate}, each
 * declared once with its check.
 *
 * @param <B> the concrete builder, returned by each setter
 */
public abstract class DetectionFormatFields<B extends DetectionFormatFields<B>>
    extends RequestBody.Builder<B> {
  DetectionFormatFields() {}

  /** The name shown on the Detections page ({@code display_name}, not blank). */
  public B displayName(String displayName) {
    return set("display_name", Validate.notBlank(displayName, "display_name"));
  }

  /** The author ({@code author}, not blank). */
  public B author(String author) {
    return set("author", Validate.notBlank(author, "author"));
  }

  /**
   * The categories of detections of this type ({@code categories}); custom formats take one, such
   * as {@code sec.attack} or {@code perf}.
   */
  public B categories(List<String> categories) {
    return set("categories", Validate.strings(categories, "categories"));
  }

  /** The ids of the MITRE techniques of the type ({@code mitre_categories}). */
  public B mitreCategories(List<String> mitreCategories) {
    return set("mitre_categories", Validate.strings(mitreCategories, "mitre_categories"));
  }
}
