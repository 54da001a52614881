package io.netobs.extrahop;

import io.netobs.extrahop.AssignmentResult.Failure;
import io.netobs.extrahop.internal.MultiStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Opens the package-private 207 reader to tests in other packages. */
public final class AssignmentResultReader {
  private AssignmentResultReader() {}

  /** The ids a 207 body names as failed. */
  public static List<Long> failedIds(String body) {
    List<Failure> failures = new ArrayList<>();
    MultiStatus.read(body, Set.of(), Set.of(), failures);
    return failures.stream().map(Failure::id).toList();
  }
}
