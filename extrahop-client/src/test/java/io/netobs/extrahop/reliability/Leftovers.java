package io.netobs.extrahop.reliability;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a client leaves behind: the connections in its pool (read through the core, which keeps the
 * count package-private) and the threads started since a snapshot. OkHttp's JVM-wide task runner
 * threads ({@code "OkHttp TaskRunner"}) and Okio's timeout thread ({@code "Okio Watchdog"}) belong
 * to those libraries, are shared by every client in the JVM, and end on their own after a minute
 * idle: they count only while busy.
 */
final class Leftovers {
  private Leftovers() {}

  /** The connections open in the pool of a client's core. */
  static int connections(Object client) {
    try {
      Method core = client.getClass().getDeclaredMethod("core");
      core.setAccessible(true);
      Object httpCore = core.invoke(client);
      Method count = httpCore.getClass().getDeclaredMethod("connectionCount");
      count.setAccessible(true);
      return (Integer) count.invoke(httpCore);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot read the connection pool", e);
    }
  }

  static Set<Thread> threads() {
    return Set.copyOf(Thread.getAllStackTraces().keySet());
  }

  /**
   * Threads alive now that were not in {@code before}, other than idle OkHttp task runners; waits
   * up to {@code millis} for them to end.
   */
  static List<String> newThreads(Set<Thread> before, long millis) throws InterruptedException {
    long deadline = System.currentTimeMillis() + millis;
    while (true) {
      List<String> left = new ArrayList<>();
      for (Thread t : threads()) {
        if (before.contains(t) || !t.isAlive()) {
          continue;
        }
        boolean idleTaskRunner =
            (t.getName().startsWith("OkHttp TaskRunner") || t.getName().equals("Okio Watchdog"))
                && (t.getState() == Thread.State.WAITING
                    || t.getState() == Thread.State.TIMED_WAITING);
        if (!idleTaskRunner) {
          left.add(t.getName() + " (" + t.getState() + ")");
        }
      }
      if (left.isEmpty() || System.currentTimeMillis() > deadline) {
        return left;
      }
      Thread.sleep(20);
    }
  }
}
