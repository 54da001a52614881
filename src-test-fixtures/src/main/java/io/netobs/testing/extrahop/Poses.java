package io.netobs.testing.extrahop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netobs.testing.ExtraHopFirmwarePose;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a fake posing as one firmware serves, and what {@code GET /extrahop} says about it.
 *
 * <p>Today's operations are the rows of today's catalogue file (and of the fake-only file). The
 * guide's operations that today's API lacks follow one rule, by path: pages, flex grids and geomaps
 * (with their relations seen from applications, devices, device groups and networks), packet
 * captures, the whitelist, {@code /networklocality}, activity groups, the custom-device criteria
 * sub-resource, device-group tags, and the path form of the record cursor.
 */
final class Poses {
  private static final Set<String> GONE_COLLECTIONS =
      Set.of(
          "pages",
          "flexgrids",
          "geomaps",
          "packetcaptures",
          "whitelist",
          "networklocality",
          "activitygroups");

  private static final Set<String> GONE_RELATIONS = Set.of("pages", "flexgrids", "geomaps");

  private Poses() {}

  /** Whether the guide lists this operation but today's API no longer has it. */
  static boolean olderOnly(Operation operation) {
    List<String> segments = PathTemplate.split(operation.path());
    String first = segments.get(0);
    if (GONE_COLLECTIONS.contains(first)) {
      return true;
    }
    if (segments.size() >= 3 && GONE_RELATIONS.contains(segments.get(2))) {
      return true;
    }
    if (segments.size() >= 3
        && first.equals("customdevices")
        && segments.get(2).equals("criteria")) {
      return true;
    }
    if (segments.size() >= 3 && first.equals("devicegroups") && segments.get(2).equals("tags")) {
      return true;
    }
    return operation.shape().equals("GET /records/cursor/{}");
  }

  /** Whether today's API has this operation and the guide does not. */
  static boolean currentOnly(Operation operation) {
    return Shapes.CURRENT_ONLY.contains(operation.shape());
  }

  /** Whether a fake posing as {@code pose} serves the operation. */
  static boolean serves(ExtraHopFirmwarePose pose, Operation operation) {
    if (!pose.servesOlderOperations() && olderOnly(operation)) {
      return false;
    }
    return pose.servesCurrentOperations() || !currentOnly(operation);
  }

  /** Answers 404, as for a path the appliance does not have, when the pose lacks the operation. */
  static void requireServed(ExtraHopFirmwarePose pose, Operation operation, String path) {
    if (!serves(pose, operation)) {
      throw ApiError.notFound("No resource at " + path);
    }
  }

  /** Writes the posed version (and, for RevealX 360, a cloud host name) into the documents. */
  static void describe(ExtraHopFirmwarePose pose, Map<String, JsonNode> documents) {
    ObjectNode extrahop = (ObjectNode) documents.get("/extrahop");
    extrahop.put("version", pose.version());
    ((ObjectNode) documents.get("/extrahop/version")).put("version", pose.version());
    if (pose.isRevealX360()) {
      String host = "tenant.cloud.extrahop.com";
      extrahop.put("platform", "ecm");
      extrahop.put("display_host", host);
      extrahop.put("external_hostname", host);
      extrahop.put("hostname", "00000000000000000000000000000000");
    }
  }

  /** Read once per class loader. */
  private static final class Shapes {
    static final Set<String> CURRENT_ONLY = OperationCatalogue.currentOnlyShapes();
  }
}
