package io.netobs.http.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The hosts that go direct rather than through the environment's proxy, from a {@code NO_PROXY}
 * value: entries separated by commas (or spaces), each
 *
 * <ul>
 *   <li>{@code *}: every host;
 *   <li>a host name, which also covers its subdomains: {@code example.com} and {@code .example.com}
 *       both match {@code example.com} and {@code api.example.com}, but not {@code badexample.com};
 *   <li>an IP address ({@code 10.1.2.3}, {@code ::1} or {@code [::1]}), or a range in CIDR form
 *       ({@code 10.0.0.0/8}, {@code fd00::/8}), matched against hosts written as IP addresses;
 *   <li>any of these with {@code :port}, to match that port only.
 * </ul>
 *
 * Names are compared without case and without a trailing dot; no name is looked up in DNS.
 * Immutable.
 */
final class NoProxy {
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

  /** One entry: a name suffix, or an address with a prefix length; port 0 for any. */
  private record Rule(String name, byte[] address, int prefix, int port, String text) {}

  private final boolean everything;
  private final List<Rule> rules;

  private NoProxy(boolean everything, List<Rule> rules) {
    this.everything = everything;
    this.rules = rules;
  }

  /** The rules of a {@code NO_PROXY} value; entries that fit no form above are ignored. */
  static NoProxy parse(String value) {
    boolean everything = false;
    List<Rule> rules = new ArrayList<>();
    for (String raw : value.split("[,\\s]+")) {
      String entry = raw.strip().toLowerCase(Locale.ROOT);
      if (entry.isEmpty()) {
        continue;
      }
      if (entry.equals("*")) {
        everything = true;
        continue;
      }
      Rule rule = rule(entry);
      if (rule != null) {
        rules.add(rule);
      }
    }
    return new NoProxy(everything, List.copyOf(rules));
  }

  private static Rule rule(String entry) {
    String host = entry;
    int port = 0;
    if (host.startsWith("[")) {
      int close = host.indexOf(']');
      if (close < 0) {
        return null;
      }
      String rest = host.substring(close + 1);
      host = host.substring(1, close);
      if (rest.startsWith(":")) {
        port = port(rest.substring(1));
      } else if (rest.startsWith("/")) {
        host = host + rest;
      }
    } else if (host.indexOf(':') == host.lastIndexOf(':') && host.indexOf(':') > 0) {
      // One colon: host:port (an IPv6 address has at least two).
      port = port(host.substring(host.indexOf(':') + 1));
      host = host.substring(0, host.indexOf(':'));
    }
    if (port < 0) {
      return null;
    }
    int prefix = -1;
    int slash = host.indexOf('/');
    if (slash >= 0) {
      try {
        prefix = Integer.parseInt(host.substring(slash + 1));
      } catch (NumberFormatException e) {
        return null;
      }
      host = host.substring(0, slash);
    }
    byte[] address = literal(host);
    if (address != null) {
      int bits = address.length * 8;
      if (prefix > bits) {
        return null;
      }
      return new Rule(null, address, prefix < 0 ? bits : prefix, port, entry);
    }
    if (prefix >= 0) {
      return null;
    }
    while (host.startsWith("*.") || host.startsWith(".")) {
      host = host.substring(host.startsWith("*.") ? 2 : 1);
    }
    host = withoutTrailingDot(host);
    return host.isEmpty() ? null : new Rule(host, null, 0, port, entry);
  }

  private static int port(String text) {
    try {
      int port = Integer.parseInt(text);
      return port > 0 && port <= 65535 ? port : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** Whether a call to {@code host} on {@code port} goes direct. */
  boolean matches(String host, int port) {
    if (everything) {
      return true;
    }
    String name = withoutTrailingDot(bare(host).toLowerCase(Locale.ROOT));
    byte[] address = literal(name);
    for (Rule rule : rules) {
      if (rule.port() != 0 && rule.port() != port) {
        continue;
      }
      if (rule.name() != null) {
        if (address == null && (name.equals(rule.name()) || name.endsWith("." + rule.name()))) {
          return true;
        }
      } else if (address != null && inRange(address, rule.address(), rule.prefix())) {
        return true;
      }
    }
    return false;
  }

  /** A host without the brackets of an IPv6 literal in a URL. */
  static String bare(String host) {
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }

  private static String withoutTrailingDot(String host) {
    return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
  }

  /** The bytes of an IP address literal, or null for a name (never a DNS lookup). */
  private static byte[] literal(String host) {
    if (IPV4.matcher(host).matches()) {
      for (String octet : host.split("\\.")) {
        if (Integer.parseInt(octet) > 255) {
          return null; // not an address, and not to be looked up as a name
        }
      }
    } else if (!IPV6.matcher(host).matches()) {
      return null;
    }
    try {
      return InetAddress.getByName(host).getAddress(); // a literal: parsed, not looked up
    } catch (UnknownHostException e) {
      return null;
    }
  }

  private static boolean inRange(byte[] address, byte[] network, int prefix) {
    if (address.length != network.length) {
      return false;
    }
    int full = prefix / 8;
    for (int i = 0; i < full; i++) {
      if (address[i] != network[i]) {
        return false;
      }
    }
    int rest = prefix % 8;
    if (rest == 0) {
      return true;
    }
    int mask = 0xff << (8 - rest) & 0xff;
    return (address[full] & mask) == (network[full] & mask);
  }

  /** The entries as given. */
  @Override
  public String toString() {
    List<String> texts = new ArrayList<>();
    if (everything) {
      texts.add("*");
    }
    rules.forEach(r -> texts.add(r.text()));
    return texts.toString();
  }
}
