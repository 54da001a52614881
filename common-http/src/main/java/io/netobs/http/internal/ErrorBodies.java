package io.netobs.http.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the server's own explanation in an error body, whatever its shape. */
public final class ErrorBodies {
  private static final int EXCERPT_CHARS = 200;
  private static final Pattern TITLE = Pattern.compile("(?is)<title[^>]*>(.*?)</title>");
  private static final Pattern H1 = Pattern.compile("(?is)<h1[^>]*>(.*?)</h1>");
  private static final Pattern TAGS = Pattern.compile("(?s)<[^>]*>");

  private ErrorBodies() {}

  /** The message of an error body: JSON fields first, then an excerpt of text or HTML. */
  public static String message(String body) {
    if (body == null || body.isBlank()) {
      return "";
    }
    String trimmed = body.strip();
    if (trimmed.startsWith("{") || trimmed.startsWith("[") || trimmed.startsWith("\"")) {
      try {
        return messageOf(Json.mapper().readTree(trimmed), trimmed);
      } catch (Exception notJson) {
        return excerpt(trimmed);
      }
    }
    if (trimmed.startsWith("<")) {
      return html(trimmed);
    }
    return excerpt(trimmed);
  }

  /** The message of a parsed error body, or an excerpt of the raw text. */
  public static String messageOf(JsonNode json, String raw) {
    if (json != null) {
      if (json.isTextual()) {
        return excerpt(json.asText());
      }
      for (String field :
          new String[] {"error_message", "error", "message", "detail", "error_description"}) {
        JsonNode node = json.get(field);
        if (node == null || node.isNull()) {
          continue;
        }
        if (node.isTextual()) {
          String description = json.path("error_description").asText("");
          return excerpt(
              field.equals("error") && !description.isEmpty()
                  ? node.asText() + ": " + description
                  : node.asText());
        }
        if (node.isObject() && node.hasNonNull("message")) {
          return excerpt(node.get("message").asText());
        }
      }
      JsonNode errors = json.get("errors");
      if (errors != null && errors.isArray() && errors.size() > 0) {
        JsonNode first = errors.get(0);
        String text =
            first.isTextual()
                ? first.asText()
                : first
                    .path("message")
                    .asText(first.path("error_message").asText(first.toString()));
        return excerpt(text + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : ""));
      }
    }
    return excerpt(raw == null ? "" : raw);
  }

  static String html(String html) {
    for (Pattern p : new Pattern[] {TITLE, H1}) {
      Matcher m = p.matcher(html);
      if (m.find()) {
        String text = collapse(TAGS.matcher(m.group(1)).replaceAll(" "));
        if (!text.isEmpty()) {
          return excerpt(text);
        }
      }
    }
    return excerpt(TAGS.matcher(html).replaceAll(" "));
  }

  /** At most 200 characters of the text, white space collapsed. */
  public static String excerpt(String text) {
    String collapsed = collapse(text == null ? "" : text);
    return collapsed.length() <= EXCERPT_CHARS
        ? collapsed
        : collapsed.substring(0, EXCERPT_CHARS) + "...";
  }

  private static String collapse(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
