package io.netobs.redis;

import io.netobs.http.RateLimit;
import io.netobs.http.SharedLimiter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.exceptions.JedisNoScriptException;

/**
 * A {@link SharedLimiter} kept in Redis: every process that uses the same Redis and the same key
 * prefix keeps to one set of limits per account and API.
 *
 * <pre>{@code
 * RedisLimiter limiter = RedisLimiter.builder().url("redis://redis.internal:6379").build();
 * KentikClient kentik = KentikClient.builder()
 *     .email("ops@example.com")
 *     .apiToken(token)
 *     .limiter(limiter)
 *     .build();
 * }</pre>
 *
 * <p>Each permit is taken by a Lua script that runs atomically in Redis, on the server's clock:
 *
 * <ul>
 *   <li><b>Calls in flight</b> are a sorted set of permits scored by the end of their lease. A
 *       permit is taken only while fewer than {@code maxConcurrent} leases are running. This
 *       limiter renews the leases of the permits it holds (every third of the lease), so a permit
 *       outlives a slow call, and a process that dies stops renewing: its permits come back to the
 *       others once their lease ends.
 *   <li><b>Calls per minute and per hour</b> are sorted sets of times, rolling windows to the
 *       millisecond: a call is started only while fewer than {@code perMinute} calls were counted
 *       in the last 60 seconds, and fewer than {@code perHour} in the last 3600 (each plus a {@link
 *       Builder#windowMargin(Duration) margin}). A call is counted from its permit, and counted
 *       again from its end when its permit is released: the service saw it somewhere in between, so
 *       a call sent late (a cold JVM, a pause) still falls in the window of the calls let go after
 *       it. A burst at the end of one minute and another at the start of the next cannot add up to
 *       twice the limit.
 * </ul>
 *
 * <p>A caller over a window waits exactly until the window has room; a caller over the calls in
 * flight asks again every {@link Builder#pollInterval(Duration) poll interval} (with jitter), or
 * when the first lease ends, whichever comes first. The three sets of a key share a hash tag, so
 * they live on one node of a Redis Cluster.
 *
 * <p>Thread-safe. {@link #close()} stops renewing leases and closes the connections it opened (not
 * those of a client given to {@link Builder#client(UnifiedJedis)}). The password of a Redis URL
 * never appears in {@code toString()}, logs or exception messages.
 */
public final class RedisLimiter implements SharedLimiter, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RedisLimiter.class);

  private static final Script ACQUIRE = Script.load("acquire.lua");
  private static final Script RENEW = Script.load("renew.lua");
  private static final Script RELEASE = Script.load("release.lua");

  private final UnifiedJedis redis;
  private final boolean ownsClient;
  private final String location;
  private final String prefix;
  private final long leaseMillis;
  private final long pollMillis;
  private final long minuteMillis;
  private final long hourMillis;
  private final long marginMillis;
  private final String holder;
  private final AtomicLong permits = new AtomicLong();
  private final Map<String, Set<String>> held = new ConcurrentHashMap<>();
  private final ScheduledExecutorService renewer;
  private final AtomicBoolean closed = new AtomicBoolean();

  private RedisLimiter(Builder b) {
    this.ownsClient = b.client == null;
    this.redis = b.client != null ? b.client : RedisClient.create(b.uri);
    this.location = b.client != null ? "a client of the application" : safeLocation(b.uri);
    this.prefix = b.keyPrefix;
    this.leaseMillis = b.lease.toMillis();
    this.pollMillis = b.pollInterval.toMillis();
    this.minuteMillis = b.minute.toMillis();
    this.hourMillis = b.hour.toMillis();
    this.marginMillis = b.margin.toMillis();
    // Names this limiter's permits in Redis: the process id and a random part, so that two
    // limiters (or two processes on two hosts with the same process id) never share an id.
    this.holder =
        ProcessHandle.current().pid()
            + "-"
            + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    long period = Math.max(1, leaseMillis / 3);
    this.renewer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "netobs-redis-limiter-leases");
              t.setDaemon(true);
              return t;
            });
    renewer.scheduleAtFixedRate(this::renewLeases, period, period, TimeUnit.MILLISECONDS);
  }

  /** A builder; {@link Builder#url(String)} or {@link Builder#client(UnifiedJedis)} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Waits until one more call under {@code key} fits {@code limit} in Redis, then takes a permit
   * for it.
   *
   * @throws IllegalStateException when Redis cannot be reached or refuses the script; the call is
   *     then not counted
   * @throws InterruptedException when the thread is interrupted while waiting
   */
  @Override
  public Permit acquire(String key, RateLimit limit) throws InterruptedException {
    Objects.requireNonNull(key, "key must not be null");
    Objects.requireNonNull(limit, "limit must not be null");
    if (closed.get()) {
      throw new IllegalStateException("this RedisLimiter is closed");
    }
    String inFlight = prefix + "{" + key + "}:in-flight";
    List<String> keys =
        List.of(inFlight, prefix + "{" + key + "}:minute", prefix + "{" + key + "}:hour");
    String id = holder + "-" + permits.incrementAndGet();
    List<String> args =
        List.of(
            id,
            Integer.toString(limit.maxConcurrent()),
            Integer.toString(limit.perMinute()),
            Integer.toString(limit.perHour()),
            Long.toString(minuteMillis + marginMillis),
            Long.toString(hourMillis + marginMillis),
            Long.toString(leaseMillis));
    while (true) {
      List<?> answer = (List<?>) run(ACQUIRE, keys, args);
      long kind = (Long) answer.get(0);
      long millis = (Long) answer.get(1);
      if (kind == 0) {
        boolean leased = limit.maxConcurrent() > 0;
        if (leased) {
          held.computeIfAbsent(inFlight, k -> ConcurrentHashMap.newKeySet()).add(id);
        }
        return new RedisPermit(keys, id, leased);
      }
      long wait =
          kind == 2
              ? millis
              : Math.min(millis, pollMillis + ThreadLocalRandom.current().nextLong(pollMillis + 1));
      Thread.sleep(Math.max(1, wait));
    }
  }

  /**
   * A permit, given back by removing it from the calls in flight and counting its call in the
   * windows from the moment it ends.
   */
  private final class RedisPermit implements Permit {
    private final List<String> keys;
    private final String id;
    private final boolean leased;
    private final AtomicBoolean released = new AtomicBoolean();

    RedisPermit(List<String> keys, String id, boolean leased) {
      this.keys = keys;
      this.id = id;
      this.leased = leased;
    }

    @Override
    public void release() {
      if (!released.compareAndSet(false, true)) {
        return;
      }
      if (leased) {
        Set<String> ids = held.get(keys.get(0));
        if (ids != null) {
          ids.remove(id);
        }
      }
      try {
        run(
            RELEASE,
            keys,
            List.of(
                id,
                Long.toString(minuteMillis + marginMillis),
                Long.toString(hourMillis + marginMillis)));
      } catch (RuntimeException e) {
        // The lease ends on its own: the place comes back then.
        LOG.warn(
            "Could not release a permit in Redis at {} ({}); it comes back when its lease ends",
            location,
            e.getCause() == null
                ? e.getClass().getSimpleName()
                : e.getCause().getClass().getSimpleName());
      }
    }

    @Override
    public String toString() {
      return "RedisPermit[" + id + "]";
    }
  }

  /** Extends the leases of every permit this limiter holds. */
  private void renewLeases() {
    for (Map.Entry<String, Set<String>> entry : held.entrySet()) {
      List<String> ids = new ArrayList<>(entry.getValue());
      if (ids.isEmpty()) {
        continue;
      }
      List<String> args = new ArrayList<>(ids.size() + 1);
      args.add(Long.toString(leaseMillis));
      args.addAll(ids);
      try {
        long renewed = (Long) run(RENEW, List.of(entry.getKey()), args);
        if (renewed < ids.size()) {
          // Released meanwhile, or its lease ended before this renewal (a pause longer than the
          // lease): the place may be another call's now.
          ids.retainAll(entry.getValue());
          if (renewed < ids.size()) {
            LOG.warn(
                "{} permit(s) in Redis at {} were not renewed before their lease ended",
                ids.size() - renewed,
                location);
          }
        }
      } catch (RuntimeException e) {
        LOG.warn(
            "Could not renew leases in Redis at {} ({})", location, e.getClass().getSimpleName());
      }
    }
  }

  private Object run(Script script, List<String> keys, List<String> args) {
    try {
      try {
        return redis.evalsha(script.sha, keys, args);
      } catch (JedisNoScriptException e) {
        // Not in this server's script cache yet (first use, a restart, a fail-over): EVAL loads it.
        return redis.eval(script.text, keys, args);
      }
    } catch (JedisException e) {
      throw new IllegalStateException(
          "the rate limiter's Redis at " + location + " failed: " + e.getClass().getSimpleName(),
          e);
    }
  }

  /** Permits this limiter holds now, across all keys (for tests and metrics). */
  public int heldPermits() {
    return held.values().stream().mapToInt(Set::size).sum();
  }

  /**
   * Stops renewing leases and closes the connections this limiter opened. Permits still held come
   * back to the others when their leases end.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    renewer.shutdownNow();
    if (ownsClient) {
      redis.close();
    }
  }

  @Override
  public String toString() {
    return "RedisLimiter["
        + location
        + ", prefix="
        + prefix
        + ", lease="
        + Duration.ofMillis(leaseMillis)
        + ", windowMargin="
        + Duration.ofMillis(marginMillis)
        + "]";
  }

  /** The URL without its user and password. */
  private static String safeLocation(URI uri) {
    return uri.getScheme()
        + "://"
        + uri.getHost()
        + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
        + (uri.getPath() == null ? "" : uri.getPath());
  }

  /** A Lua script and the SHA-1 Redis knows it by. */
  private record Script(String text, String sha) {
    static Script load(String name) {
      try (InputStream in = RedisLimiter.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + name);
        }
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        byte[] sha1 =
            MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
        return new Script(text, HexFormat.of().formatHex(sha1));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("SHA-1 is missing from this JVM", e);
      }
    }
  }

  /** Configures a {@link RedisLimiter}. */
  public static final class Builder {
    private URI uri;
    private UnifiedJedis client;
    private String keyPrefix = "netobs:limit:";
    private Duration lease = Duration.ofSeconds(15);
    private Duration pollInterval = Duration.ofMillis(25);
    private Duration minute = Duration.ofMinutes(1);
    private Duration hour = Duration.ofHours(1);
    private Duration margin = Duration.ofMillis(250);

    private Builder() {}

    /**
     * The Redis server, as {@code redis://[[user]:password@]host[:port][/database]} ({@code
     * rediss://} for TLS). The limiter opens a pool of connections to it and closes them in {@link
     * #close()}.
     *
     * @throws IllegalArgumentException when the URL is not a redis:// or rediss:// URL with a host
     *     (the message never quotes it, since it may hold a password)
     */
    public Builder url(String url) {
      Objects.requireNonNull(url, "url must not be null");
      URI parsed;
      try {
        parsed = new URI(url.strip());
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException("url must be redis://[user:password@]host[:port][/db]");
      }
      if (!("redis".equals(parsed.getScheme()) || "rediss".equals(parsed.getScheme()))
          || parsed.getHost() == null) {
        throw new IllegalArgumentException("url must be redis://[user:password@]host[:port][/db]");
      }
      this.uri = parsed;
      this.client = null;
      return this;
    }

    /**
     * A Jedis client the application already has (a cluster, Sentinel or TLS setup of its own). The
     * limiter uses it and leaves it open in {@link #close()}.
     */
    public Builder client(UnifiedJedis client) {
      this.client = Objects.requireNonNull(client, "client must not be null");
      this.uri = null;
      return this;
    }

    /**
     * The start of every key the limiter writes (default {@code netobs:limit:}): limiters share
     * their counts exactly when they share Redis and this prefix.
     */
    public Builder keyPrefix(String keyPrefix) {
      Objects.requireNonNull(keyPrefix, "keyPrefix must not be null");
      if (keyPrefix.indexOf('{') >= 0 || keyPrefix.indexOf('}') >= 0) {
        throw new IllegalArgumentException("keyPrefix must not contain '{' or '}' (a hash tag)");
      }
      this.keyPrefix = keyPrefix;
      return this;
    }

    /**
     * How long a permit stays taken if its holder stops renewing it (default 15 s): how long the
     * others wait for the permits of a process that died. Leases are renewed every third of it
     * while held.
     */
    public Builder lease(Duration lease) {
      this.lease = positive(lease, "lease");
      return this;
    }

    /**
     * How often a caller waiting for a place among the calls in flight asks again (default 25 ms,
     * plus up to as much again at random).
     */
    public Builder pollInterval(Duration pollInterval) {
      this.pollInterval = positive(pollInterval, "pollInterval");
      return this;
    }

    /**
     * The lengths of the windows {@link RateLimit#perMinute()} and {@link RateLimit#perHour()} are
     * counted over (default 60 and 3600 seconds, what the services count over). Tests shorten them
     * to run several windows in seconds.
     */
    public Builder windows(Duration minute, Duration hour) {
      this.minute = positive(minute, "minute");
      this.hour = positive(hour, "hour");
      return this;
    }

    /**
     * How much longer than its window a call stays counted (default 250 ms). A call reaches the
     * service a little after its permit is taken, and not always equally late: without a margin,
     * two calls let go exactly a window apart could arrive less than a window apart and count in
     * one window there. Zero counts the windows exactly.
     */
    public Builder windowMargin(Duration margin) {
      Objects.requireNonNull(margin, "margin must not be null");
      if (margin.isNegative()) {
        throw new IllegalArgumentException("margin must not be negative, was " + margin);
      }
      this.margin = margin;
      return this;
    }

    /**
     * Builds the limiter.
     *
     * @throws IllegalStateException when neither a URL nor a client was given
     */
    public RedisLimiter build() {
      if (uri == null && client == null) {
        throw new IllegalStateException("url(..) or client(..) is required");
      }
      return new RedisLimiter(this);
    }

    private static Duration positive(Duration d, String name) {
      Objects.requireNonNull(d, () -> name + " must not be null");
      if (d.toMillis() < 1) {
        throw new IllegalArgumentException(name + " must be at least 1 ms, was " + d);
      }
      return d;
    }

    @Override
    public String toString() {
      return "RedisLimiter.Builder["
          + (uri != null ? safeLocation(uri) : client != null ? "a client" : "(unset)")
          + "]";
    }
  }
}
