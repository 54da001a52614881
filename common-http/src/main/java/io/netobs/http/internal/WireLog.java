package io.netobs.http.internal;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the SDK logs about calls, and what it keeps out. One DEBUG line per attempt; headers and
 * bodies only at TRACE. Headers are printed only when their name is on an allow-list: a header the
 * SDK does not know (a proxy's token, a cookie) is redacted rather than trusted. Known secret
 * values are replaced wherever they appear, in case a server echoes them back.
 */
final class WireLog {
  static final Logger LOG = LoggerFactory.getLogger("io.netobs.http");
  static final String REDACTED = "██";
  private static final int BODY_LOG_LIMIT = 4096;
  private static final Set<String> SHOWN_HEADERS =
      Set.of(
          "accept",
          "accept-encoding",
          "cache-control",
          "connection",
          "content-encoding",
          "content-length",
          "content-type",
          "date",
          "etag",
          "keep-alive",
          "last-modified",
          "location",
          "retry-after",
          "server",
          "transfer-encoding",
          "user-agent",
          "vary",
          "via",
          "x-request-id",
          "x-correlation-id",
          "x-ratelimit-limit",
          "x-ratelimit-remaining",
          "x-ratelimit-reset");

  /**
   * JSON fields whose values are secrets in request bodies: any name containing one of these words
   * (user passwords, pairing tokens, product keys, decryption keys, licenses, TLS client keys, and
   * the extra header lines an Open Data Stream target sends, which carry tokens...).
   */
  private static final Pattern SECRET_FIELDS =
      Pattern.compile(
          "(\"[A-Za-z0-9_]*(?:password|passphrase|secret|token|private_key|product_key|api_?key|client_key|additional_header|pem|license|credential)[A-Za-z0-9_]*\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"",
          Pattern.CASE_INSENSITIVE);

  /** PEM blocks anywhere, also as a bare JSON string body. */
  private static final Pattern PEM_BLOCK =
      Pattern.compile(
          "-----BEGIN [A-Z0-9 ]+-----.*?(?:-----END [A-Z0-9 ]+-----|$)", Pattern.DOTALL);

  /**
   * Lines of a TLS key log (the NSS format that packet downloads of today's ExtraHop firmware
   * answer as text): each holds the session secrets that decrypt captured traffic.
   */
  private static final Pattern KEY_LOG_LINE =
      Pattern.compile(
          "(?m)^(CLIENT_RANDOM|CLIENT_EARLY_TRAFFIC_SECRET|CLIENT_HANDSHAKE_TRAFFIC_SECRET"
              + "|SERVER_HANDSHAKE_TRAFFIC_SECRET|CLIENT_TRAFFIC_SECRET_\\d+|SERVER_TRAFFIC_SECRET_\\d+"
              + "|EARLY_EXPORTER_SECRET|EXPORTER_SECRET|RSA) [^\\r\\n]*");

  private WireLog() {}

  static boolean traceEnabled() {
    return LOG.isTraceEnabled();
  }

  static String headers(Map<String, List<String>> headers) {
    StringBuilder text = new StringBuilder();
    headers.forEach(
        (name, values) -> {
          boolean shown = SHOWN_HEADERS.contains(name.toLowerCase(Locale.ROOT));
          for (String value : values) {
            text.append("\n  ").append(name).append(": ").append(shown ? value : REDACTED);
          }
        });
    return text.toString();
  }

  static String body(byte[] bytes, String contentType) {
    if (bytes == null || bytes.length == 0) {
      return "(no body)";
    }
    if (contentType != null && !isText(contentType)) {
      return "(" + bytes.length + " bytes of " + contentType + ")";
    }
    String text =
        new String(bytes, 0, Math.min(bytes.length, BODY_LOG_LIMIT), StandardCharsets.UTF_8);
    text = SECRET_FIELDS.matcher(text).replaceAll("$1\"" + REDACTED + "\"");
    text = PEM_BLOCK.matcher(text).replaceAll(REDACTED);
    text = KEY_LOG_LINE.matcher(text).replaceAll("$1 " + REDACTED);
    return bytes.length > BODY_LOG_LIMIT ? text + "... (" + bytes.length + " bytes)" : text;
  }

  static boolean isText(String contentType) {
    String type = contentType.toLowerCase(Locale.ROOT);
    return type.contains("json")
        || type.startsWith("text/")
        || type.contains("xml")
        || type.contains("x-www-form-urlencoded");
  }

  /** Replaces every known secret in {@code text}. */
  static String scrub(String text, Supplier<Collection<String>> secrets) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String scrubbed = text;
    for (String secret : secrets.get()) {
      if (secret != null && secret.length() >= 4) {
        scrubbed = scrubbed.replace(secret, REDACTED);
      }
    }
    return scrubbed;
  }
}
