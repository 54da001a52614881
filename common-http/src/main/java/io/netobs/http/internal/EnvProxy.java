package io.netobs.http.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The proxies the environment names, as curl and most HTTP tools read them: {@code https_proxy} or
 * {@code HTTPS_PROXY} for https:// URLs, {@code http_proxy} or {@code HTTP_PROXY} for http:// URLs
 * (the lower-case name first), and the hosts that go direct in {@code no_proxy} or {@code NO_PROXY}
 * (see {@link NoProxy}). Loopback hosts always go direct. A proxy URL is {@code
 * http://[user:password@]host[:port]} (port 80 by default; the scheme may be left out) or {@code
 * socks5://host[:port]} (port 1080); its credentials answer the proxy's 407 ({@link ProxyAuth}).
 * Immutable and thread-safe; its {@link #toString()} never shows the credentials.
 */
public final class EnvProxy extends ProxySelector {
  /** A proxy of the environment, with the variable it came from and its credentials, if any. */
  private record Entry(Proxy proxy, String variable, String user, String password) {
    @Override
    public String toString() {
      InetSocketAddress address = (InetSocketAddress) proxy.address();
      return (proxy.type() == Proxy.Type.SOCKS ? "socks5://" : "http://")
          + (user == null ? "" : "****@")
          + address.getHostString()
          + ":"
          + address.getPort()
          + " ("
          + variable
          + ")";
    }
  }

  private static final List<Proxy> DIRECT = List.of(Proxy.NO_PROXY);

  private final Entry https;
  private final Entry http;
  private final NoProxy noProxy;

  private EnvProxy(Entry https, Entry http, NoProxy noProxy) {
    this.https = https;
    this.http = http;
    this.noProxy = noProxy;
  }

  /**
   * The proxies named by {@code environment}, or null when it names none.
   *
   * @throws IllegalStateException naming the variable (never its value, which may hold a password)
   *     when a proxy URL cannot be used
   */
  public static EnvProxy from(Function<String, String> environment) {
    Entry https = entry(environment, "https_proxy", "HTTPS_PROXY");
    Entry http = entry(environment, "http_proxy", "HTTP_PROXY");
    if (https == null && http == null) {
      return null;
    }
    String noProxy = value(environment, "no_proxy");
    if (noProxy == null) {
      noProxy = value(environment, "NO_PROXY");
    }
    return new EnvProxy(https, http, NoProxy.parse(noProxy == null ? "" : noProxy));
  }

  @Override
  public List<Proxy> select(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    Entry entry = scheme.equals("https") ? https : scheme.equals("http") ? http : null;
    String host = uri.getHost();
    if (entry == null || host == null) {
      return DIRECT;
    }
    int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
    if (HttpCore.isLoopback(NoProxy.bare(host)) || noProxy.matches(host, port)) {
      return DIRECT;
    }
    return List.of(entry.proxy());
  }

  @Override
  public void connectFailed(URI uri, SocketAddress address, IOException failure) {
    // Nothing to remember: the attempt loop decides whether the call is made again.
  }

  /** Whether a proxy URL held a user name and password. */
  boolean hasCredentials() {
    return (https != null && https.user() != null) || (http != null && http.user() != null);
  }

  /** The user name and password of the environment's proxy {@code proxy}, or null. */
  String[] credentialsFor(Proxy proxy) {
    for (Entry entry : new Entry[] {https, http}) {
      if (entry != null && entry.user() != null && entry.proxy().equals(proxy)) {
        return new String[] {entry.user(), entry.password()};
      }
    }
    return null;
  }

  /** The proxies and the no-proxy rules; credentials are shown as {@code ****}. */
  @Override
  public String toString() {
    return "EnvProxy[https="
        + (https == null ? "direct" : https)
        + ", http="
        + (http == null ? "direct" : http)
        + ", noProxy="
        + noProxy
        + "]";
  }

  private static String value(Function<String, String> environment, String name) {
    String value = environment.apply(name);
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static Entry entry(Function<String, String> environment, String lower, String upper) {
    String variable = lower;
    String value = value(environment, lower);
    if (value == null) {
      variable = upper;
      value = value(environment, upper);
    }
    return value == null ? null : parse(value, variable);
  }

  /** Reads one proxy URL; messages name the variable, never the value. */
  static Entry parse(String value, String variable) {
    String url = value.contains("://") ? value : "http://" + value;
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(
          variable + " is not a proxy URL such as http://proxy.example.com:3128");
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    Proxy.Type type;
    int defaultPort;
    switch (scheme) {
      case "http" -> {
        type = Proxy.Type.HTTP;
        defaultPort = 80;
      }
      case "socks5", "socks5h", "socks" -> {
        type = Proxy.Type.SOCKS;
        defaultPort = 1080;
      }
      default ->
          throw new IllegalStateException(
              variable
                  + " has the scheme "
                  + scheme
                  + "://, which is not supported: use http:// (or socks5://) to reach the proxy");
    }
    String host = uri.getHost();
    if (host == null) {
      throw new IllegalStateException(
          variable + " names no proxy host: expected http://[user:password@]host[:port]");
    }
    String user = null;
    String password = null;
    if (uri.getRawUserInfo() != null) {
      if (type == Proxy.Type.SOCKS) {
        throw new IllegalStateException(
            variable + " has credentials for a SOCKS proxy, which this SDK cannot send");
      }
      String info = uri.getRawUserInfo();
      int colon = info.indexOf(':');
      user = percentDecoded(colon < 0 ? info : info.substring(0, colon), variable);
      password = colon < 0 ? "" : percentDecoded(info.substring(colon + 1), variable);
      if (user.isBlank()) {
        throw new IllegalStateException(variable + " has credentials without a user name");
      }
    }
    int port = uri.getPort() == -1 ? defaultPort : uri.getPort();
    Proxy proxy = new Proxy(type, InetSocketAddress.createUnresolved(NoProxy.bare(host), port));
    return new Entry(proxy, variable, user, password);
  }

  private static String percentDecoded(String text, String variable) {
    try {
      // URLDecoder turns '+' into a space, which a URL's user info does not: keep it a '+'.
      return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(variable + " has a malformed %-escape in its credentials");
    }
  }
}
