package io.netobs.examples;

import io.netobs.examples.extrahop.CreateReadDelete;
import io.netobs.examples.extrahop.DeviceGroupAlert;
import io.netobs.examples.extrahop.DeviceHttpMetrics;
import io.netobs.examples.extrahop.DownloadPacketCapture;
import io.netobs.examples.extrahop.Http404Records;
import io.netobs.examples.extrahop.TagSubnet;
import io.netobs.examples.extrahop.TriageDetections;
import io.netobs.examples.kentik.EnrichKentikFromExtraHop;
import io.netobs.examples.kentik.OnboardDevice;
import io.netobs.examples.kentik.SyncPopulators;
import io.netobs.examples.kentik.TagsAndSavedFilters;
import io.netobs.examples.kentik.TopTalkers;
import java.util.List;

/**
 * Runs every example program in turn: {@code java -jar examples/target/netobs-examples.jar
 * [--apply]}. With no configuration they run against fake ExtraHop and Kentik servers started in
 * this process; with {@code EXTRAHOP_*} or {@code KENTIK_*} variables set, against the real service
 * (each on its own). Exits 0 only when every program succeeded.
 */
public final class Tour {
  /** Every program, in the order the tour runs them. */
  public static final List<Example> EXAMPLES =
      List.of(
          TagSubnet.EXAMPLE,
          DeviceHttpMetrics.EXAMPLE,
          CreateReadDelete.EXAMPLE,
          Http404Records.EXAMPLE,
          DeviceGroupAlert.EXAMPLE,
          DownloadPacketCapture.EXAMPLE,
          TriageDetections.EXAMPLE,
          SyncPopulators.EXAMPLE,
          TagsAndSavedFilters.EXAMPLE,
          OnboardDevice.EXAMPLE,
          TopTalkers.EXAMPLE,
          EnrichKentikFromExtraHop.EXAMPLE);

  private Tour() {}

  /** Runs the tour and exits with its status. */
  public static void main(String[] args) {
    Runner.main(args, "java -jar netobs-examples.jar", EXAMPLES);
  }
}
