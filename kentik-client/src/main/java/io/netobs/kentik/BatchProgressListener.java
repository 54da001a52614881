package io.netobs.kentik;

/**
 * Receives the progress of a batch operation. Called on the thread that sends the parts or awaits
 * completion; an exception thrown here is logged and otherwise ignored, so that a broken progress
 * bar cannot break a batch.
 */
@FunctionalInterface
public interface BatchProgressListener {
  /** One step of progress. */
  void onProgress(BatchProgress progress);
}
