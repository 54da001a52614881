package io.netobs.http.testing;

import io.netobs.http.ApiException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Collects every text a test run produced (exception messages and {@code toString()}s, the
 * {@code toString()} of results, clients and builders) and, with the {@link CapturedLogs captured log
 * lines} (TRACE included), checks that none holds a secret. Thread-safe, so that load tests can feed it
 * from every caller thread.
 *
 * <p>Secrets are checked as given and in the encodings they travel in: HTTP Basic
 * ({@code base64(id:secret)}) for OAuth2 client credentials.
 */
public final class SecretScan {
  private final Set<String> secrets = Collections.synchronizedSet(new LinkedHashSet<>());
  private final ConcurrentLinkedQueue<String> texts = new ConcurrentLinkedQueue<>();
  private final AtomicLong exceptions = new AtomicLong();
  private final AtomicLong objects = new AtomicLong();

  /** Adds secrets to look for; blank values are ignored. */
  public SecretScan secret(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        secrets.add(value);
      }
    }
    return this;
  }

  /** Adds OAuth2 client credentials: the secret, and the Basic header value they are sent as. */
  public SecretScan clientCredentials(String clientId, String clientSecret) {
    secret(clientSecret);
    secret(Base64.getEncoder().encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8)));
    return this;
  }

  /** Keeps the text of an exception: message and {@code toString()} of it, its causes and suppressed ones, and an API error's headers. */
  public SecretScan exception(Throwable thrown) {
    exceptions.incrementAndGet();
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Throwable> queue = new ArrayList<>(List.of(thrown));
    while (!queue.isEmpty()) {
      Throwable t = queue.remove(queue.size() - 1);
      if (t == null || !seen.add(t)) {
        continue;
      }
      texts.add(String.valueOf(t.getMessage()));
      texts.add(t.toString());
      if (t instanceof ApiException api) {
        texts.add(String.valueOf(api.headers()));
        texts.add(String.valueOf(api.serverMessage()));
      }
      queue.add(t.getCause());
      queue.addAll(List.of(t.getSuppressed()));
    }
    return this;
  }

  /** Keeps the {@code toString()} of a result, client, builder or option. */
  public SecretScan object(Object value) {
    objects.incrementAndGet();
    texts.add(String.valueOf(value));
    return this;
  }

  /** How many exceptions and objects were kept. */
  public long exceptionsSeen() {
    return exceptions.get();
  }

  public long objectsSeen() {
    return objects.get();
  }

  /** The number of secrets looked for. */
  public int secretCount() {
    return secrets.size();
  }

  /**
   * Every text kept and every captured log line that holds a secret, with the secret masked, so that
   * the failure message itself leaks nothing. Empty when clean.
   */
  public List<String> leaks() {
    List<String> found = new ArrayList<>();
    List<String> all = new ArrayList<>(texts);
    for (CapturedLogs.Line line : CapturedLogs.lines()) {
      all.add("log " + line.level() + " " + line.logger() + ": " + line.message());
    }
    List<String> wanted;
    synchronized (secrets) {
      wanted = List.copyOf(secrets);
    }
    for (String text : all) {
      for (String secret : wanted) {
        if (text.contains(secret)) {
          found.add(text.replace(secret, "<SECRET#" + wanted.indexOf(secret) + ">"));
        }
      }
    }
    return found;
  }

  /** The number of texts kept plus the number of log lines captured: what {@link #leaks()} looks through. */
  public int textsChecked() {
    return texts.size() + CapturedLogs.lines().size();
  }
}
