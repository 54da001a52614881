package io.netobs.testing;

import io.netobs.testing.internal.PathPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * Faults on demand for one {@link FakeHttpServer}: the next N requests that match a method and a
 * path get a {@link Fault} instead of (or on top of) the API's answer. Thread-safe.
 *
 * <pre>{@code
 * fake.faults().on("POST", "/api/v5/batch/tags").times(2).respond(Fault.status(503));
 * fake.faults().on("GET", "/api/v1/devices/{id}").respond(Fault.disconnectBeforeResponse());   // once
 * fake.faults().on("*", "/api/v1/**").randomly(0.05, 42L, Fault.status(503), Fault.tooManyRequests(null));
 * }</pre>
 *
 * <p>Paths are matched against the decoded request path (the query is ignored): an exact path, a
 * template whose {@code {name}} (or {@code *}) segments match any one segment, or a prefix ending
 * in {@code /**}. A method of {@code "*"} or null matches every method. Rules are tried in the
 * order they were added; the first that applies wins. Faulted requests still appear in the {@link
 * Journal}, marked with their fault. See {@link Fault} for which faults let the request reach the
 * API.
 */
public final class Faults {
  private final Object lock = new Object();
  private final List<Rule> rules = new ArrayList<>();

  /** Faults with no rules; a server makes its own. */
  public Faults() {}

  /**
   * Starts a rule for requests with this method and path.
   *
   * @param method an HTTP method, or {@code "*"} (or null) for any
   * @param pathPattern an exact path, a template with {@code {name}} segments, or a prefix ending
   *     in {@code /**}
   */
  public When on(@Nullable String method, String pathPattern) {
    return new When(
        method == null ? "*" : method.toUpperCase(Locale.ROOT), PathPattern.compile(pathPattern));
  }

  /** Applies {@code fault} to the very next request, whatever it is. */
  public Rule next(Fault fault) {
    return on("*", "/**").respond(fault);
  }

  /**
   * Applies one of {@code kinds}, chosen at random, to each request with probability {@code rate},
   * for every request: a shorthand for {@code on("*", "/**").randomly(rate, seed, kinds)}.
   */
  public Rule randomly(double rate, long seed, Fault... kinds) {
    return on("*", "/**").randomly(rate, seed, kinds);
  }

  /** Removes every rule. */
  public void clear() {
    synchronized (lock) {
      rules.clear();
    }
  }

  /** The rules still in force, in the order they are tried. */
  public List<Rule> rules() {
    synchronized (lock) {
      rules.removeIf(rule -> !rule.active());
      return List.copyOf(rules);
    }
  }

  /**
   * The fault for this request, consuming one use of the rule that supplies it; null when none
   * applies.
   */
  Fault select(FakeRequest request) {
    synchronized (lock) {
      for (Rule rule : rules) {
        Fault fault = rule.applyTo(request);
        if (fault != null) {
          return fault;
        }
      }
      return null;
    }
  }

  private Rule add(Rule rule) {
    synchronized (lock) {
      rules.removeIf(existing -> !existing.active());
      rules.add(rule);
    }
    return rule;
  }

  /** A rule being written: which requests, and how many of them. */
  public final class When {
    private final String method;
    private final PathPattern path;

    /** 0 while unset: one use for {@link #respond}, unlimited for {@link #randomly}. */
    private long times;

    private When(String method, PathPattern path) {
      this.method = method;
      this.path = path;
    }

    /** Applies the fault to the next {@code count} matching requests (the default is 1). */
    public When times(long count) {
      if (count < 1) {
        throw new IllegalArgumentException("count must be at least 1");
      }
      this.times = count;
      return this;
    }

    /**
     * Applies the fault to every matching request until the rule is cancelled or the faults are
     * cleared.
     */
    public When always() {
      this.times = Long.MAX_VALUE;
      return this;
    }

    /** Adds the rule. */
    public Rule respond(Fault fault) {
      return add(
          new Rule(
              method,
              path,
              times == 0 ? 1 : times,
              List.of(Objects.requireNonNull(fault, "fault")),
              1.0,
              null));
    }

    /**
     * Adds a rule that faults each matching request with probability {@code rate}, using one of
     * {@code kinds} picked at random; the random sequence is fixed by {@code seed}. Applies until
     * cancelled (or, after {@link #times}, until that many faults were applied).
     */
    public Rule randomly(double rate, long seed, Fault... kinds) {
      if (!(rate >= 0 && rate <= 1)) {
        throw new IllegalArgumentException("rate must be between 0 and 1");
      }
      if (kinds.length == 0) {
        throw new IllegalArgumentException("give at least one fault");
      }
      long limit = times == 0 ? Long.MAX_VALUE : times;
      return add(new Rule(method, path, limit, List.of(kinds), rate, new Random(seed)));
    }
  }

  /** A rule in force: its match, how many uses remain, how many were applied. Thread-safe. */
  public final class Rule {
    private final String method;
    private final PathPattern path;
    private final List<Fault> kinds;
    private final double rate;
    private final Random random;
    private long remaining;
    private long applied;

    private Rule(
        String method,
        PathPattern path,
        long remaining,
        List<Fault> kinds,
        double rate,
        Random random) {
      this.method = method;
      this.path = path;
      this.remaining = remaining;
      this.kinds = kinds;
      this.rate = rate;
      this.random = random;
    }

    private Fault applyTo(FakeRequest request) {
      if (remaining <= 0
          || !(method.equals("*") || method.equals(request.method()))
          || !path.matches(request.path())) {
        return null;
      }
      Fault fault;
      if (random == null) {
        fault = kinds.get(0);
      } else {
        if (random.nextDouble() >= rate) {
          return null;
        }
        fault = kinds.get(random.nextInt(kinds.size()));
      }
      if (remaining != Long.MAX_VALUE) {
        remaining--;
      }
      applied++;
      return fault;
    }

    /** How many more requests this rule will fault ({@code Long.MAX_VALUE} for "always"). */
    public long remaining() {
      synchronized (lock) {
        return remaining;
      }
    }

    /** How many requests this rule has faulted. */
    public long applied() {
      synchronized (lock) {
        return applied;
      }
    }

    /** Whether the rule can still fault requests. */
    public boolean active() {
      synchronized (lock) {
        return remaining > 0;
      }
    }

    /** Stops the rule. */
    public void cancel() {
      synchronized (lock) {
        remaining = 0;
      }
    }

    @Override
    public String toString() {
      return "Rule["
          + method
          + " "
          + path
          + " -> "
          + (random == null ? kinds.get(0) : "randomly(" + rate + ", " + kinds + ")")
          + ", remaining="
          + remaining()
          + ", applied="
          + applied()
          + "]";
    }
  }
}
