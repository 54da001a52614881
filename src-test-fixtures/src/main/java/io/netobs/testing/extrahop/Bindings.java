package io.netobs.testing.extrahop;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives every catalogue operation its handler. Most rows get a generic handler from their shape
 * alone:
 *
 * <pre>
 * GET /r, POST /r                          list, create          (r has a {@link ResourceSpec})
 * GET|PATCH|DELETE /r/{id}                 get, patch, delete
 * GET|POST /r/{id}/c and POST|DELETE /r/{id}/c/{childId}
 *                                          assignments, when the catalogue has POST /r/{id}/c/{childId}
 * GET|POST /r/{id}/c and GET|DELETE /r/{id}/c/{childId}
 *                                          a sub-collection, when r/c has a {@link ResourceSpec}
 * GET|PATCH|PUT /r/{id}/sharing            sharing
 * GET /r/{id}/dashboards                   the dashboards related to the object (a read-only relation)
 * </pre>
 *
 * The rest are named in {@link #specials()}. A row that gets no handler, or a special that matches
 * no row, stops the fake at construction, so the catalogue and the fake cannot drift apart
 * silently.
 */
final class Bindings {
  private record Binding(Handler handler, boolean mutates) {}

  private Bindings() {}

  static Router bind(List<Operation> operations) {
    Set<String> shapes = new HashSet<>();
    operations.forEach(operation -> shapes.add(operation.shape()));
    Map<String, Binding> specials = specials();
    Set<String> usedSpecials = new HashSet<>();
    List<Router.Route> routes = new ArrayList<>();
    List<String> unbound = new ArrayList<>();
    for (Operation operation : operations) {
      Binding binding = specials.get(operation.shape());
      if (binding != null) {
        usedSpecials.add(operation.shape());
      } else {
        binding = generic(operation, shapes);
      }
      if (binding == null) {
        unbound.add(operation.method() + " " + operation.path());
      } else {
        routes.add(
            new Router.Route(
                operation,
                new PathTemplate(operation.path()),
                binding.handler(),
                binding.mutates()));
      }
    }
    if (!unbound.isEmpty()) {
      throw new IllegalStateException("Catalogue operations without a handler: " + unbound);
    }
    Set<String> unused = new HashSet<>(specials.keySet());
    unused.removeAll(usedSpecials);
    if (!unused.isEmpty()) {
      throw new IllegalStateException(
          "Special handlers that match no catalogue operation: " + unused);
    }
    return new Router(routes);
  }

  private static Binding generic(Operation operation, Set<String> shapes) {
    List<String> segments = PathTemplate.split(operation.path());
    String method = operation.method();
    String resource = segments.get(0);
    if (!Resources.ALL.containsKey(resource)) {
      return null;
    }
    if (segments.size() == 1) {
      return switch (method) {
        case "GET" -> reading(Crud.list(resource));
        case "POST" -> writing(Crud.create(resource));
        default -> null;
      };
    }
    if (!PathTemplate.isParameter(segments.get(1))) {
      return null;
    }
    if (segments.size() == 2) {
      return switch (method) {
        case "GET" -> reading(Crud.get(resource));
        case "PATCH" -> writing(Crud.patch(resource));
        case "DELETE" -> writing(Crud.delete(resource));
        default -> null;
      };
    }
    String children = segments.get(2);
    boolean assignment =
        shapes.contains("POST /" + resource + "/{}/" + children + "/{}")
            && Resources.ALL.containsKey(children);
    boolean nested = Resources.ALL.containsKey(resource + "/" + children);
    if (segments.size() == 3) {
      if (assignment) {
        return switch (method) {
          case "GET" -> reading(Assignments.list(resource, children));
          case "POST" -> writing(Assignments.bulk(resource, children));
          default -> null;
        };
      }
      if (nested) {
        return switch (method) {
          case "GET" -> reading(SubResources.nestedList(resource, children));
          case "POST" -> writing(SubResources.nestedCreate(resource, children));
          default -> null;
        };
      }
      if (children.equals("sharing")) {
        return switch (method) {
          case "GET" -> reading(SubResources.sharingGet(resource));
          case "PATCH" -> writing(SubResources.sharingPatch(resource));
          case "PUT" -> writing(SubResources.sharingPut(resource));
          default -> null;
        };
      }
      if (children.equals("dashboards") && method.equals("GET")) {
        return reading(Assignments.list(resource, "dashboards"));
      }
      return null;
    }
    if (segments.size() == 4 && PathTemplate.isParameter(segments.get(3))) {
      if (assignment) {
        return switch (method) {
          case "POST" -> writing(Assignments.one(resource, children, true));
          case "DELETE" -> writing(Assignments.one(resource, children, false));
          default -> null;
        };
      }
      if (nested) {
        return switch (method) {
          case "GET" -> reading(SubResources.nestedGet(resource, children));
          case "DELETE" -> writing(SubResources.nestedDelete(resource, children));
          default -> null;
        };
      }
    }
    return null;
  }

  /** The operations that are not one of the repeated shapes, or that answer differently from it. */
  private static Map<String, Binding> specials() {
    Map<String, Binding> table = new LinkedHashMap<>();
    // Devices page and search rather than list everything.
    table.put("GET /devices", reading(Devices.list()));
    table.put("POST /devices/search", reading(Devices.search()));
    table.put("GET /devices/{}/activity", reading(Devices.activity()));
    table.put("GET /applications/{}/activity", reading(Devices.applicationActivity()));

    // Lists found through a field of the children, and other computed lists.
    table.put(
        "GET /networks/{}/vlans", reading(SubResources.byField("networks", "vlans", "network_id")));
    table.put(
        "GET /dashboards/{}/reports",
        reading(SubResources.byField("dashboards", "reports", "dashboard_id")));
    table.put(
        "GET /users/{}/apikeys", reading(SubResources.byField("users", "apikeys", "username")));
    table.put(
        "GET /users/{}/apikeys/{}",
        reading(SubResources.oneByField("users", "apikeys", "username")));
    table.put("GET /alerts/{}/stats", reading(SubResources.alertStats()));
    table.put("GET /usergroups/{}/members", reading(SubResources.userGroupMembers()));
    table.put("DELETE /usergroups/{}/associations", writing(SubResources.userGroupAssociations()));
    table.put("POST /usergroups/refresh", writing(Platform.accepted(null, 204)));
    table.put("POST /usergroups/{}/refresh", writing(Platform.accepted("usergroups", 204)));

    // Reports.
    table.put(
        "GET /reports/{}/contents",
        reading(SubResources.objectDocument("reports", "contents", Json.array())));
    table.put(
        "PUT /reports/{}/contents",
        writing(
            SubResources.replaceObjectDocument(
                "reports", "contents", SubResources.mustBe("array"))));
    table.put("POST /reports/{}/queue", writing(Platform.accepted("reports", 202)));

    // Activity map topology.
    table.put("POST /activitymaps/query", reading(Platform.topologyQuery()));
    table.put("POST /activitymaps/{}/query", reading(Platform.savedTopologyQuery()));

    // Files.
    table.put("GET /packetcaptures/{}", reading(Files.packetCapture()));
    table.put("POST /packets/search", reading(Files.packetSearch()));
    table.put("POST /bundles", writing(Files.uploadBundle()));
    table.put("GET /bundles/{}", reading(Files.exportBundle()));
    table.put("POST /bundles/{}/apply", writing(Files.apply("bundles")));
    table.put("POST /customizations/{}/apply", writing(Files.apply("customizations")));
    table.put("POST /customizations/{}/download", reading(Files.downloadBackup()));
    table.put("POST /supportpacks/execute", writing(Files.executeSupportPack()));
    table.put("GET /supportpacks/queue/{}", writing(Files.supportPackStatus()));
    table.put("GET /supportpacks/{}", reading(Files.downloadSupportPack()));

    // The appliance.
    for (String path :
        List.of(
            "/extrahop",
            "/extrahop/idrac",
            "/extrahop/platform",
            "/extrahop/processes",
            "/extrahop/version",
            "/license",
            "/license/productkey",
            "/runningconfig",
            "/runningconfig/saved")) {
      table.put("GET " + path, reading(SubResources.document(path)));
    }
    table.put("POST /extrahop/processes/{}/restart", reading(Platform.restartProcess()));
    table.put("PUT /extrahop/sslcert", writing(Platform.replaceCertificate()));
    table.put("POST /extrahop/sslcert", writing(Platform.regenerateCertificate()));
    table.put(
        "PUT /license",
        writing(SubResources.replaceDocument("/license", SubResources.mustBe("object"))));
    table.put(
        "PUT /license/productkey",
        writing(SubResources.replaceDocument("/license/productkey", Platform::checkProductKey)));
    table.put(
        "PUT /runningconfig",
        writing(SubResources.replaceDocument("/runningconfig", SubResources.mustBe("object"))));
    table.put("POST /runningconfig/save", writing(Platform.saveRunningConfig()));

    // Queries.
    table.put("POST /metrics", writing(Metrics.query(Metrics.Kind.SERIES)));
    table.put("POST /metrics/total", writing(Metrics.query(Metrics.Kind.TOTAL)));
    table.put("POST /metrics/totalbyobject", writing(Metrics.query(Metrics.Kind.BY_OBJECT)));
    table.put("GET /metrics/next/{}", writing(Metrics.next()));
    table.put("POST /records/search", writing(Records.search()));
    table.put("GET /records/cursor/{}", writing(Records.nextFromPath()));
    table.put("POST /records/cursor", writing(Records.nextFromBody()));
    table.put("POST /detections/search", reading(Detections.search()));

    // The whitelist.
    table.put("GET /whitelist/devices", reading(Assignments.whitelistList()));
    table.put("POST /whitelist/devices", writing(Assignments.whitelistBulk()));
    table.put("POST /whitelist/device/{}", writing(Assignments.whitelistOne(true)));
    table.put("DELETE /whitelist/device/{}", writing(Assignments.whitelistOne(false)));

    // Identity providers, user lockouts, user groups, Open Data Stream targets, threat
    // collections, and the uploads and downloads of today's firmware.
    table.put("GET /auth/identityproviders", reading(AccountsAndFeeds.listProviders()));
    table.put("POST /auth/identityproviders", writing(AccountsAndFeeds.createProvider()));
    table.put("GET /auth/identityproviders/{}", reading(AccountsAndFeeds.getProvider()));
    table.put("PATCH /auth/identityproviders/{}", writing(AccountsAndFeeds.patchProvider()));
    table.put("DELETE /auth/identityproviders/{}", writing(AccountsAndFeeds.deleteProvider()));
    // The privilege document is made on first read, so reading it writes.
    table.put("GET /auth/identityproviders/{}/privileges", writing(AccountsAndFeeds.getPrivileges()));
    table.put(
        "PATCH /auth/identityproviders/{}/privileges", writing(AccountsAndFeeds.patchPrivileges()));
    table.put("GET /auth/samlsp", reading(AccountsAndFeeds.samlServiceProvider()));
    table.put("GET /users/{}/lock", writing(AccountsAndFeeds.getLock()));
    table.put("DELETE /users/{}/lock", writing(AccountsAndFeeds.clearLock()));
    table.put("POST /usergroups", writing(AccountsAndFeeds.createUserGroup()));
    table.put("PATCH /usergroups/{}/members", writing(AccountsAndFeeds.changeMembers(false)));
    table.put("PUT /usergroups/{}/members", writing(AccountsAndFeeds.changeMembers(true)));
    table.put("GET /odstargets", reading(AccountsAndFeeds.listAllTargets()));
    for (String type : AccountsAndFeeds.ODS_TYPES) {
      table.put("GET /odstargets/" + type, reading(AccountsAndFeeds.listTargets(type)));
      table.put("POST /odstargets/" + type, writing(AccountsAndFeeds.createTarget(type)));
      table.put("GET /odstargets/" + type + "/{}", reading(AccountsAndFeeds.getTarget(type)));
      table.put("DELETE /odstargets/" + type + "/{}", writing(AccountsAndFeeds.deleteTarget(type)));
    }
    table.put("POST /threatcollections", writing(AccountsAndFeeds.createCollection()));
    table.put("PATCH /threatcollections/{}", writing(AccountsAndFeeds.replaceCollection()));
    table.put("PUT /threatcollections/~{}", writing(AccountsAndFeeds.putCollectionByKey()));
    table.put("POST /supportpacks", writing(Files.executeSupportPack()));
    table.put("GET /reports/{}/download", reading(AccountsAndFeeds.downloadReport()));
    table.put("POST /triggers/externaldata", writing(AccountsAndFeeds.externalData()));
    table.put("GET /customizations/status", reading(AccountsAndFeeds.backupStatus()));
    return table;
  }

  private static Binding reading(Handler handler) {
    return new Binding(handler, false);
  }

  private static Binding writing(Handler handler) {
    return new Binding(handler, true);
  }
}
