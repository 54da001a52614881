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
 * Collects every text a test run produced (exception messages and {@code toString()}s, the {@code
 * toString()} of results, clients and builders) and, with the {@link CapturedLogs captured log
 * lines} (TRACE included), checks that none holds a secret. Thread-safe, so that load tests can
 * feed it from every caller thread.
 *
 * <p>Secrets are checked as given and in the encodings they travel in: HTTP Basic ({@code
 * base64(id:secret)}) for OAuth2 client credentials. Texts are kept until {@link #leaks()}, so that
 * secrets learnt late (tokens minted during the run) are looked for too; a long run calls {@link
 * #keepTexts(boolean) keepTexts(false)} once its secrets are known, and {@link #drainLogs()} now
 * and then, so that memory stays flat: each text and log line is then checked as it comes and
 * dropped.
 */
public final class SecretScan {
  private final Set<String> secrets = Collections.synchronizedSet(new LinkedHashSet<>());
  private final ConcurrentLinkedQueue<String> texts = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<String> found = new ConcurrentLinkedQueue<>();
  private final AtomicLong exceptions = new AtomicLong();
  private final AtomicLong objects = new AtomicLong();
  private final AtomicLong checked = new AtomicLong();
  private volatile boolean keepTexts = true;

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
    secret(
        Base64.getEncoder()
            .encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8)));
    return this;
  }

  /**
   * Whether texts are kept for {@link #leaks()} (the default) or checked at once against the
   * secrets known and dropped.
   */
  public SecretScan keepTexts(boolean keep) {
    this.keepTexts = keep;
    return this;
  }

  /**
   * Keeps the text of an exception: message and {@code toString()} of it, its causes and suppressed
   * ones, and an API error's headers.
   */
  public SecretScan exception(Throwable thrown) {
    exceptions.incrementAndGet();
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Throwable> queue = new ArrayList<>(List.of(thrown));
    while (!queue.isEmpty()) {
      Throwable t = queue.remove(queue.size() - 1);
      if (t == null || !seen.add(t)) {
        continue;
      }
      text(String.valueOf(t.getMessage()));
      text(t.toString());
      if (t instanceof ApiException api) {
        text(String.valueOf(api.headers()));
        text(String.valueOf(api.serverMessage()));
      }
      queue.add(t.getCause());
      queue.addAll(List.of(t.getSuppressed()));
    }
    return this;
  }

  /** Keeps the {@code toString()} of a result, client, builder or option. */
  public SecretScan object(Object value) {
    objects.incrementAndGet();
    text(String.valueOf(value));
    return this;
  }

  /** Checks the log lines captured so far and takes them out of the record. */
  public SecretScan drainLogs() {
    for (CapturedLogs.Line line : CapturedLogs.drain()) {
      checked.incrementAndGet();
      check("log " + line.level() + " " + line.logger() + ": " + line.message());
    }
    return this;
  }

  private void text(String text) {
    if (keepTexts) {
      texts.add(text);
    } else {
      checked.incrementAndGet();
      check(text);
    }
  }

  /**
   * Looks for each secret, and for secrets of 20 characters or more also for their first and last
   * 12 characters: an answer cut short, or an excerpt, leaks a token by halves.
   */
  private void check(String text) {
    List<String> wanted;
    synchronized (secrets) {
      wanted = List.copyOf(secrets);
    }
    for (int i = 0; i < wanted.size(); i++) {
      String secret = wanted.get(i);
      List<String> forms =
          secret.length() >= 20
              ? List.of(secret, secret.substring(0, 12), secret.substring(secret.length() - 12))
              : List.of(secret);
      for (String form : forms) {
        if (text.contains(form)) {
          found.add(text.replace(form, "<SECRET#" + i + ">"));
          break;
        }
      }
    }
  }

  /** How many exceptions and objects were given. */
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
   * Every text and captured log line that holds a secret, with the secret masked so that the
   * failure message itself leaks nothing. Empty when clean. Checks (and drains) the log lines
   * captured so far.
   */
  public List<String> leaks() {
    drainLogs();
    for (String text = texts.poll(); text != null; text = texts.poll()) {
      checked.incrementAndGet();
      check(text);
    }
    return List.copyOf(found);
  }

  /** The texts and log lines checked so far. */
  public long textsChecked() {
    return checked.get();
  }
}
