package io.netobs.extrahop.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The fan-out on its own: which thread runs the calls, the order of the results, and how the first
 * failure or an interrupt ends the whole.
 */
class FanOutTest {
  @AfterEach
  void clearInterrupt() {
    Thread.interrupted();
  }

  private static String thread() {
    Thread thread = Thread.currentThread();
    return thread.getName() + (thread.isDaemon() ? " daemon" : "");
  }

  @Test
  void onePartOrOneCallAtATimeRunsInTheCallersThread() {
    String caller = thread();
    assertThat(FanOut.each(List.of(1), 4, "POST", "/x", part -> thread())).containsExactly(caller);
    assertThat(FanOut.each(List.of(1, 2, 3), 1, "POST", "/x", part -> part + " " + thread()))
        .containsExactly("1 " + caller, "2 " + caller, "3 " + caller);
    assertThat(FanOut.each(List.of(), 4, "POST", "/x", part -> thread())).isEmpty();
  }

  @Test
  void severalPartsRunInDaemonThreadsAndAnswerInThePartsOrder() throws Exception {
    // The first part waits until the last has finished, so the parts end in reverse order.
    CountDownLatch lastDone = new CountDownLatch(1);
    Function<Integer, String> call =
        part -> {
          if (part == 1) {
            await(lastDone);
          }
          String result = part + " " + thread();
          if (part == 3) {
            lastDone.countDown();
          }
          return result;
        };
    List<String> results = FanOut.each(List.of(1, 2, 3), 3, "POST", "/x", call);
    assertThat(results).hasSize(3);
    for (int i = 0; i < 3; i++) {
      assertThat(results.get(i)).startsWith((i + 1) + " netobs-fan-out-").endsWith(" daemon");
    }
  }

  @Test
  void noMoreThreadsThanPartsOrCallsInFlight() {
    CountDownLatch bothStarted = new CountDownLatch(2);
    List<String> results =
        FanOut.each(
            List.of(1, 2),
            8,
            "POST",
            "/x",
            part -> {
              bothStarted.countDown();
              await(bothStarted);
              return thread();
            });
    assertThat(results).doesNotHaveDuplicates();
    String pool = results.get(0).substring(0, results.get(0).lastIndexOf('-') + 1);
    assertThat(results).containsExactlyInAnyOrder(pool + "1 daemon", pool + "2 daemon");
  }

  @Test
  void theFirstFailureIsThrownAsItIsAndInterruptsTheCallsStillRunning() throws Exception {
    CountDownLatch interrupted = new CountDownLatch(1);
    IllegalStateException failure = new IllegalStateException("part 2 failed");
    assertThatThrownBy(
            () ->
                FanOut.each(
                    List.of(1, 2),
                    2,
                    "POST",
                    "/x",
                    part -> {
                      if (part == 2) {
                        throw failure;
                      }
                      try {
                        new CountDownLatch(1).await();
                      } catch (InterruptedException e) {
                        interrupted.countDown();
                      }
                      return "never";
                    }))
        .isSameAs(failure);
    assertThat(interrupted.await(10, TimeUnit.SECONDS))
        .as("the running call was interrupted")
        .isTrue();
  }

  @Test
  void anErrorIsThrownAsItIsAndACheckedExceptionWrapped() {
    AssertionError error = new AssertionError("broken");
    assertThatThrownBy(
            () ->
                FanOut.each(
                    List.of(1, 2),
                    2,
                    "POST",
                    "/x",
                    part -> {
                      throw error;
                    }))
        .isSameAs(error);
    IOException checked = new IOException("disk");
    assertThatThrownBy(
            () ->
                FanOut.each(
                    List.of(1, 2),
                    2,
                    "POST",
                    "/x",
                    part -> FanOutTest.<String, RuntimeException>sneaky(checked)))
        .isInstanceOf(IllegalStateException.class)
        .hasCause(checked);
  }

  @Test
  void anInterruptedCallerGetsACancellationAndKeepsItsInterruptFlag() {
    CountDownLatch never = new CountDownLatch(1);
    Thread.currentThread().interrupt();
    assertThatThrownBy(
            () ->
                FanOut.each(
                    List.of(1, 2),
                    2,
                    "GET",
                    "/metrics",
                    part -> {
                      await(never);
                      return part;
                    }))
        .isInstanceOf(CancellationException.class)
        .hasMessage("GET /metrics: interrupted while waiting for 2 calls")
        .hasCauseInstanceOf(InterruptedException.class);
    assertThat(Thread.interrupted()).as("the interrupt flag is set again").isTrue();
  }

  /** Waits for {@code latch}; an interrupt ends the wait (the fan-out interrupts what it ends). */
  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  @SuppressWarnings("unchecked")
  private static <R, E extends Throwable> R sneaky(Throwable e) throws E {
    throw (E) e;
  }
}
