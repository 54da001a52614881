package io.netobs.http.internal;

import io.netobs.http.RequestOptions;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Timeouts of one call that differ from its client's, carried on each attempt's request as a tag
 * and applied by {@link #INTERCEPTOR} (connect, read, write) and on the OkHttp call (the whole
 * attempt), so that per-call options need no OkHttp client of their own. Immutable.
 */
final class CallTimeouts {
  /** Applies the tagged timeouts, if any, to the attempt it intercepts. */
  static final Interceptor INTERCEPTOR = CallTimeouts::intercept;

  private final Duration connect;
  private final Duration read;
  private final Duration write;
  private final Duration call;

  private CallTimeouts(Duration connect, Duration read, Duration write, Duration call) {
    this.connect = connect;
    this.read = read;
    this.write = write;
    this.call = call;
  }

  /** The timeouts {@code options} set, or null when it sets none. */
  static CallTimeouts of(RequestOptions options) {
    if (options.connectTimeout() == null
        && options.readTimeout() == null
        && options.writeTimeout() == null
        && options.callTimeout() == null) {
      return null;
    }
    return new CallTimeouts(
        options.connectTimeout(),
        options.readTimeout(),
        options.writeTimeout(),
        options.callTimeout());
  }

  /**
   * These timeouts on top of {@code outer}'s (a view of a view): each set here wins, the rest are
   * {@code outer}'s.
   */
  CallTimeouts over(CallTimeouts outer) {
    if (outer == null) {
      return this;
    }
    return new CallTimeouts(
        connect != null ? connect : outer.connect,
        read != null ? read : outer.read,
        write != null ? write : outer.write,
        call != null ? call : outer.call);
  }

  /** The OkHttp call of one attempt, with these timeouts. */
  Call newCall(OkHttpClient http, Request request) {
    Call exchange = http.newCall(request.newBuilder().tag(CallTimeouts.class, this).build());
    if (call != null) {
      exchange.timeout().timeout(call.toMillis(), TimeUnit.MILLISECONDS);
    }
    return exchange;
  }

  private static Response intercept(Interceptor.Chain chain) throws IOException {
    CallTimeouts t = chain.request().tag(CallTimeouts.class);
    if (t == null) {
      return chain.proceed(chain.request());
    }
    Interceptor.Chain c = chain;
    if (t.connect != null) {
      c = c.withConnectTimeout(millis(t.connect), TimeUnit.MILLISECONDS);
    }
    if (t.read != null) {
      c = c.withReadTimeout(millis(t.read), TimeUnit.MILLISECONDS);
    }
    if (t.write != null) {
      c = c.withWriteTimeout(millis(t.write), TimeUnit.MILLISECONDS);
    }
    return c.proceed(c.request());
  }

  private static int millis(Duration d) {
    return (int) Math.min(Integer.MAX_VALUE, d.toMillis());
  }
}
