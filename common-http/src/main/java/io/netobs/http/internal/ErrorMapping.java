package io.netobs.http.internal;

import io.netobs.http.ApiException;
import io.netobs.http.ApiTimeoutException;
import io.netobs.http.BadRequestException;
import io.netobs.http.ClientErrorException;
import io.netobs.http.ConflictException;
import io.netobs.http.ForbiddenException;
import io.netobs.http.NotFoundException;
import io.netobs.http.RateLimitedException;
import io.netobs.http.ServerErrorException;
import io.netobs.http.TransportException;
import io.netobs.http.UnauthorizedException;
import io.netobs.http.UnprocessableEntityException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import javax.net.ssl.SSLPeerUnverifiedException;
import okhttp3.Headers;
import okhttp3.Response;

/**
 * Turns what went wrong into the SDK's typed exceptions: an error status into the {@link
 * ApiException} of its kind, with the server's own explanation taken from the first 64 KiB of the
 * body; a failed connection into a {@link TransportException} or {@link ApiTimeoutException}. Every
 * message is scrubbed of the client's secrets. Used by the attempt loop and by the OAuth2 token
 * request alike.
 */
public final class ErrorMapping {
  /** How much of an error body is read for its message. */
  static final int ERROR_BODY_LIMIT = 64 * 1024;

  private final Supplier<Collection<String>> secrets;

  /** A mapping that scrubs the current {@code secrets} from every message. */
  ErrorMapping(Supplier<Collection<String>> secrets) {
    this.secrets = secrets;
  }

  /**
   * The exception of an error status: 400 {@link BadRequestException}, 401 {@link
   * UnauthorizedException}, 403 {@link ForbiddenException}, 404 {@link NotFoundException}, 409
   * {@link ConflictException}, 422 {@link UnprocessableEntityException}, 429 {@link
   * RateLimitedException}, other 5xx {@link ServerErrorException}, other 4xx {@link
   * ClientErrorException}.
   */
  public static ApiException typed(
      String method,
      String path,
      int status,
      String message,
      Map<String, List<String>> headers,
      Duration retryAfter) {
    return switch (status) {
      case 400 -> new BadRequestException(method, path, message, headers);
      case 401 -> new UnauthorizedException(method, path, message, headers);
      case 403 -> new ForbiddenException(method, path, message, headers);
      case 404 -> new NotFoundException(method, path, message, headers);
      case 409 -> new ConflictException(method, path, message, headers);
      case 422 -> new UnprocessableEntityException(method, path, message, headers);
      case 429 -> new RateLimitedException(method, path, message, headers, retryAfter);
      default ->
          status >= 500
              ? new ServerErrorException(method, path, status, message, headers)
              : new ClientErrorException(method, path, status, message, headers);
    };
  }

  /**
   * The exception of an error answer, with the server's message from its body; cookies are left
   * out.
   */
  ApiException fromAnswer(String method, String path, Response response, Duration retryAfter) {
    String message = scrub(ErrorBodies.message(readLimited(response.body().byteStream())));
    Map<String, List<String>> headers = lowerCaseHeaders(response.headers());
    headers.remove("set-cookie");
    return typed(method, path, response.code(), message, headers, retryAfter);
  }

  /**
   * The exception of a connection that failed or timed out; {@code sent} says whether the server
   * may have the request.
   */
  TransportException transport(String method, String path, boolean sent, IOException e) {
    String name = e.getClass().getSimpleName();
    String detail = scrub(e.getMessage() == null ? name : name + ": " + e.getMessage());
    String tls = tlsAdvice(e);
    if (tls != null) {
      return new TransportException(method, path, sent, scrub(tls) + " (" + detail + ")", e);
    }
    if (e instanceof SocketTimeoutException
        || (e instanceof InterruptedIOException && "timeout".equals(e.getMessage()))) {
      return new ApiTimeoutException(method, path, sent, "timed out (" + detail + ")", e);
    }
    return new TransportException(method, path, sent, detail, e);
  }

  /**
   * What to do about a TLS failure a user can fix: a certificate the client does not trust (with
   * the fingerprint the server presented, and the ways to trust it), or a certificate issued for
   * another host name; null for any other failure.
   */
  static String tlsAdvice(IOException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof TlsSetup.UntrustedCertificateException untrusted) {
        String fp = untrusted.fingerprint();
        return "the server presented a certificate this client does not trust, SHA-256 fingerprint "
            + fp
            + ". If it is the one you expect, pin it with certificateFingerprint(\""
            + fp
            + "\") (ExtraHop; EXTRAHOP_CERT_FINGERPRINT for fromEnv()) or"
            + " tlsTrust(TlsTrust.sha256Fingerprint(..)), or trust the certificate or its CA from a"
            + " PEM file with caCertificate(path) (ExtraHop) or tlsTrust(TlsTrust.pemFile(path))";
      }
      if (t instanceof SSLPeerUnverifiedException) {
        return "host name mismatch: the server's certificate is not issued for the host name the"
            + " client called; call the host by a name the certificate lists";
      }
    }
    return null;
  }

  /** {@code text} with every secret of the client replaced. */
  String scrub(String text) {
    return WireLog.scrub(text, secrets);
  }

  /** At most the first 64 KiB of a body, as UTF-8; empty when it cannot be read. */
  static String readLimited(InputStream body) {
    try (InputStream in = body) {
      return new String(in.readNBytes(ERROR_BODY_LIMIT), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  /** The headers of an answer by lower-case name, sorted. */
  static Map<String, List<String>> lowerCaseHeaders(Headers headers) {
    Map<String, List<String>> map = new TreeMap<>();
    for (String name : headers.names()) {
      map.put(name.toLowerCase(Locale.ROOT), headers.values(name));
    }
    return map;
  }
}
