package io.netobs.http.internal;

import io.netobs.http.AuthContext;
import io.netobs.http.AuthRequest;
import java.util.Map;
import okhttp3.HttpUrl;

/**
 * An attempt as its {@link io.netobs.http.Auth} sees it: method, URL and the headers it may set.
 */
final class CoreAuthRequest implements AuthRequest {
  private final String method;
  private final HttpUrl url;
  private final Map<String, String> headers;
  private final AuthContext context;

  CoreAuthRequest(String method, HttpUrl url, Map<String, String> headers, AuthContext context) {
    this.method = method;
    this.url = url;
    this.headers = headers;
    this.context = context;
  }

  @Override
  public String method() {
    return method;
  }

  @Override
  public String url() {
    return url.toString();
  }

  @Override
  public void header(String name, String value) {
    headers.put(name, value);
  }

  @Override
  public String header(String name) {
    for (Map.Entry<String, String> e : headers.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name)) {
        return e.getValue();
      }
    }
    return null;
  }

  @Override
  public AuthContext context() {
    return context;
  }

  @Override
  public String toString() {
    return "AuthRequest[" + method + " " + url + "]";
  }
}
