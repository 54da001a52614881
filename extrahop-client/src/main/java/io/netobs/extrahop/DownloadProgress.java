package io.netobs.extrahop;

import java.util.OptionalLong;

/**
 * Hears how far a download has come: called once before the first byte, then after each block
 * written. Runs on the calling thread; a listener that throws stops the download.
 *
 * <p>When a download to a file is retried after the connection broke, the count starts again from
 * 0.
 */
@FunctionalInterface
public interface DownloadProgress {
  /** A listener that does nothing. */
  DownloadProgress NONE = (bytesSoFar, totalBytes) -> {};

  /**
   * @param bytesSoFar the bytes written so far
   * @param totalBytes the size of the whole body, when the server said ({@code Content-Length})
   */
  void progress(long bytesSoFar, OptionalLong totalBytes);
}
