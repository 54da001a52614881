package io.netobs.http.internal;

import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.Response;

/**
 * One attempt of a call while it runs: OkHttp's tag on the attempt's request (so that {@link
 * SentTracker} can mark it sent), the answer while it is open, and what the attempt brought back.
 * Confined to the calling thread, except {@link #sent}.
 */
final class Attempt<T> {
  /** 1 for the first attempt. */
  final int number;

  /** Set once OkHttp starts writing the request: from then on the server may have received it. */
  volatile boolean sent;

  /** Nanoseconds from sending to the end of the answer's headers (or the failure). */
  long elapsedNanos;

  /** The answer, open until {@link #close()}; null when none came. */
  Response response;

  /** What the reader made of a success answer. */
  T value;

  /** The exception the call ends with when this attempt is its last, when already known. */
  RuntimeException error;

  /** For the log: how much of a body that could not be decoded was read, and why it failed. */
  long bytesRead;

  String detail;

  /**
   * A 404 to a DELETE that an earlier attempt may have carried out: the caller gets what they asked
   * for.
   */
  boolean goneAsAsked;

  Attempt(int number) {
    this.number = number;
  }

  /** Releases the answer's connection; safe to call more than once. */
  void close() {
    if (response != null) {
      response.close();
      response = null;
    }
  }

  /** Marks an attempt sent when OkHttp starts writing its request headers. */
  static final class SentTracker extends EventListener {
    @Override
    public void requestHeadersStart(Call call) {
      Attempt<?> attempt = call.request().tag(Attempt.class);
      if (attempt != null) {
        attempt.sent = true;
      }
    }
  }
}
