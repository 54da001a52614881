package io.netobs.http.internal;

import java.util.AbstractMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import okhttp3.Headers;

/**
 * The headers of an answer as a map of lower-case names to their values, the same map as {@link
 * ErrorMapping#lowerCaseHeaders}, made only when something asks for more than one header. Most
 * readers never look at a header, or look up one or two by name: those lookups go straight to the
 * answer's own headers, so that a call does not pay for a sorted copy of all of them.
 */
final class ResponseHeaders extends AbstractMap<String, List<String>> {
  private final Headers headers;
  private Map<String, List<String>> copy;

  ResponseHeaders(Headers headers) {
    this.headers = headers;
  }

  @Override
  public List<String> get(Object key) {
    if (copy != null) {
      return copy.get(key);
    }
    // The map's names are lower case: any other name is absent, as it is from the copy.
    if (!(key instanceof String name) || !name.toLowerCase(Locale.ROOT).equals(name)) {
      return null;
    }
    List<String> values = headers.values(name);
    return values.isEmpty() ? null : values;
  }

  @Override
  public boolean containsKey(Object key) {
    return get(key) != null;
  }

  @Override
  public Set<Entry<String, List<String>>> entrySet() {
    return copy().entrySet();
  }

  @Override
  public List<String> put(String key, List<String> value) {
    return copy().put(key, value);
  }

  @Override
  public List<String> remove(Object key) {
    return copy().remove(key);
  }

  private Map<String, List<String>> copy() {
    if (copy == null) {
      copy = ErrorMapping.lowerCaseHeaders(headers);
    }
    return copy;
  }
}
