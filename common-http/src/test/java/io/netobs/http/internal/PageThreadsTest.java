package io.netobs.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The threads a client fetches pages ahead on: daemons, named, and ended by close. */
class PageThreadsTest {
  @Test
  void aPageThreadIsANamedDaemonSoThatAnUnclosedListingDoesNotKeepTheJvmAlive() throws Exception {
    PageThreads threads = new PageThreads();
    try {
      CompletableFuture<Thread> ran = new CompletableFuture<>();
      threads.execute(() -> ran.complete(Thread.currentThread()));
      Thread thread = ran.get(10, TimeUnit.SECONDS);
      assertThat(thread.isDaemon()).isTrue();
      assertThat(thread.getName()).matches("netobs-pages-\\d+-1");
    } finally {
      threads.close(5_000);
    }
    assertThatThrownBy(() -> threads.execute(() -> {}))
        .isInstanceOf(RejectedExecutionException.class)
        .hasMessage("the client is closed");
  }

  @Test
  void aThreadInterruptedWhileCloseWaitsKeepsItsInterrupt() throws Exception {
    PageThreads threads = new PageThreads();
    CountDownLatch running = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    // A fetch that does not end on interrupt, so that close has to wait for it.
    threads.execute(
        () -> {
          running.countDown();
          boolean released = false;
          while (!released) {
            try {
              released = release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException ignored) {
              // keeps going until released
            }
          }
        });
    assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
    Thread.currentThread().interrupt();
    try {
      threads.close(5_000);
      assertThat(Thread.interrupted()).as("the interrupt is kept").isTrue();
    } finally {
      Thread.interrupted();
      release.countDown();
    }
  }
}
