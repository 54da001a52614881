package io.netobs.kentik.request;

import io.netobs.http.RequestBody;
import io.netobs.kentik.internal.Rules;
import java.util.regex.Pattern;

/**
 * The setters shared by {@link DeviceLabelCreate.Builder} and {@link DeviceLabelUpdate.Builder}.
 *
 * @param <B> the concrete builder
 */
public abstract class DeviceLabelFields<B extends DeviceLabelFields<B>>
    extends RequestBody.Builder<B> {
  private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");

  DeviceLabelFields() {}

  /** Sets {@code name}. */
  public B name(String name) {
    return set("name", Rules.requiredText(name, "name"));
  }

  /**
   * Sets {@code color}, {@code #RRGGBB}.
   *
   * @throws IllegalArgumentException when it is not {@code #} and six hexadecimal digits
   */
  public B color(String color) {
    Rules.required(color, "color");
    if (!COLOR.matcher(color).matches()) {
      throw new IllegalArgumentException(
          "color must be #RRGGBB (six hexadecimal digits), was " + Rules.quote(color));
    }
    return set("color", color);
  }
}
