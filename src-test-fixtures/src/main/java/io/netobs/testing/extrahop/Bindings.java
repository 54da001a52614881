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

    // The whitelist.
    table.put("GET /whitelist/devices", reading(Assignments.whitelistList()));
    table.put("POST /whitelist/devices", writing(Assignments.whitelistBulk()));
    table.put("POST /whitelist/device/{}", writing(Assignments.whitelistOne(true)));
    table.put("DELETE /whitelist/device/{}", writing(Assignments.whitelistOne(false)));

    // Today's names of the whitelist and the network locality list: the same state as the older
    // paths, so that a fake serving both shows one list.
    table.put("GET /watchlist/devices", reading(Assignments.whitelistList()));
    table.put("POST /watchlist/devices", writing(Assignments.whitelistBulk()));
    table.put("POST /watchlist/device/{}", writing(Assignments.whitelistOne(true)));
    table.put("DELETE /watchlist/device/{}", writing(Assignments.whitelistOne(false)));
    table.put("GET /networklocalities", reading(Localities.list()));
    table.put("POST /networklocalities", writing(Localities.create()));
    table.put("GET /networklocalities/{}", reading(Localities.get()));
    table.put("PATCH /networklocalities/{}", writing(Localities.patch()));
    table.put("DELETE /networklocalities/{}", writing(Localities.delete()));
    // Devices, software, VLANs, observations and analysis priority.
    table.put("GET /devices/{}/dnsnames", reading(Inventory.dnsNames()));
    table.put("GET /devices/{}/ipaddrs", reading(Inventory.ipAddresses()));
    table.put("GET /devices/{}/software", reading(Inventory.deviceSoftware()));
    table.put("GET /software", reading(Inventory.software()));
    table.put("GET /software/{}", reading(Inventory.oneSoftware()));
    table.put("POST /observations/associatedipaddrs", writing(Inventory.associate()));
    table.put("GET /analysispriority/config/{}", reading(Inventory.priorityConfig()));
    table.put("PUT /analysispriority/config/{}", writing(Inventory.replacePriorityConfig()));
    table.put("GET /analysispriority/{}/manager", reading(Inventory.priorityManager()));
    table.put("PATCH /analysispriority/{}/manager", writing(Inventory.updatePriorityManager()));
    // Detections, their formats and tuning rules, and investigations.
    table.put("GET /detections", reading(Detections.list()));
    table.put("POST /detections/search", reading(Detections.search()));
    table.put("GET /detections/{}", reading(Detections.get()));
    table.put("PATCH /detections/{}", writing(Detections.patch()));
    table.put("GET /detections/{}/notes", reading(Detections.notesGet()));
    table.put("PUT /detections/{}/notes", writing(Detections.notesPut()));
    table.put("DELETE /detections/{}/notes", writing(Detections.notesDelete()));
    table.put("GET /detections/{}/related", reading(Detections.related()));
    table.put("GET /detections/{}/investigations", reading(Detections.investigations()));
    table.put("PATCH /detections/tickets", writing(Detections.tickets()));
    table.put("GET /detections/formats", reading(Crud.list(Detections.FORMATS)));
    table.put("POST /detections/formats", writing(Detections.formatCreate()));
    table.put("GET /detections/formats/{}", reading(Detections.formatGet()));
    table.put("PATCH /detections/formats/{}", writing(Detections.formatPatch()));
    table.put("DELETE /detections/formats/{}", writing(Detections.formatDelete()));
    table.put("GET /detections/rules/hiding", reading(Crud.list(Detections.RULES)));
    table.put("POST /detections/rules/hiding", writing(Detections.ruleCreate()));
    table.put("GET /detections/rules/hiding/{}", reading(Crud.get(Detections.RULES)));
    table.put("PATCH /detections/rules/hiding/{}", writing(Detections.rulePatch()));
    table.put("DELETE /detections/rules/hiding/{}", writing(Crud.delete(Detections.RULES)));
    table.put("POST /detections/rules/hiding/preview", reading(Detections.rulePreview()));
    table.put("POST /investigations/search", reading(Detections.investigationSearch()));
    // Packet search, record formats, EQL searches and network users.
    table.put("GET /packets/search", reading(PacketSearch.byQuery()));
    table.put("POST /packets/search", reading(PacketSearch.byBody()));
    table.put("GET /records/formats", reading(Records.formats()));
    table.put(
        "POST /search/eql/detectionlogs", reading(EqlSearch.search(EqlSearch.DETECTION_LOGS)));
    table.put("POST /search/eql/networkusers", reading(EqlSearch.search(EqlSearch.NETWORK_USERS)));
    table.put("GET /search/eql/{}/schema", reading(EqlSearch.schema()));
    table.put("GET /search/eql/{}/schema/fieldvalues", reading(EqlSearch.fieldValues()));
    table.put("POST /networkusers/search", reading(NetworkUsers.search()));
    table.put("POST /networkusers/tags", writing(NetworkUsers.assignMany()));
    table.put("GET /networkusers/users/{}", reading(NetworkUsers.get()));
    table.put("PATCH /networkusers/users/{}", writing(NetworkUsers.patch()));
    table.put("GET /networkusers/users/{}/tags", reading(NetworkUsers.tags()));
    table.put("POST /networkusers/users/{}/tags", writing(NetworkUsers.assignOne()));
    // Administration of the appliance and of connected appliances; firmware work runs as jobs.
    for (String path :
        List.of("/extrahop/services", "/extrahop/ticketing", "/extrahop/detections/access")) {
      table.put("GET " + path, reading(Administration.setting(path)));
    }
    table.put("PATCH /extrahop/services", writing(Administration.patchServices()));
    table.put("PATCH /extrahop/ticketing", writing(Administration.patchTicketing()));
    table.put("PUT /extrahop/detections/access", writing(Administration.replaceDetectionAccess()));
    table.put("GET /extrahop/edition", reading(Administration.edition()));
    table.put("POST /extrahop/restart", writing(Administration.power("restart")));
    table.put("POST /extrahop/shutdown", writing(Administration.power("shutdown")));
    table.put("POST /extrahop/cloudresources", writing(Administration.uploadCloudResources()));
    table.put("POST /extrahop/sslcert/signingrequest", reading(Administration.signingRequest()));
    table.put("POST /cloud/connect", writing(Administration.cloudConnect()));
    table.put("POST /extrahop/firmware", writing(Administration.uploadFirmware()));
    table.put("POST /extrahop/firmware/download/url", writing(Administration.downloadFromUrl()));
    table.put(
        "POST /extrahop/firmware/download/version", writing(Administration.downloadVersion()));
    table.put("POST /extrahop/firmware/latest/upgrade", writing(Administration.upgradeToLatest()));
    table.put("GET /extrahop/firmware/next", reading(Administration.releases(false)));
    table.put("GET /extrahop/firmware/previous", reading(Administration.previous()));
    table.put("POST /extrahop/firmware/previous/rollback", writing(Administration.rollback()));
    table.put("GET /jobs/{}", writing(Administration.pollJob()));
    table.put("GET /appliances/firmware/next", reading(Administration.releases(true)));
    table.put("POST /appliances/firmware/upgrade", writing(Administration.upgradeAppliances()));
    table.put("GET /appliances/sensortags", reading(Crud.list("sensortags")));
    table.put("POST /appliances/sensortags", writing(Administration.createSensorTag()));
    table.put("POST /appliances/sensortags/delete", writing(Administration.deleteSensorTags()));
    table.put("GET /appliances/sensortags/{}", reading(Crud.get("sensortags")));
    table.put("PATCH /appliances/sensortags/{}", writing(Administration.patchSensorTag()));
    table.put("DELETE /appliances/sensortags/{}", writing(Crud.delete("sensortags")));
    table.put("GET /appliances/{}/sensortags", reading(Administration.tagsOfSensor()));
    table.put("PATCH /appliances/{}/sensortags", writing(Administration.setTagsOfSensor()));
    table.put("GET /appliances/{}/association", reading(Administration.association()));
    table.put("POST /appliances/{}/association", writing(Administration.associate()));
    table.put("GET /appliances/{}/cloudservices", reading(Administration.cloudServices()));
    table.put("POST /appliances/{}/cloudservices", writing(Administration.changeCloudServices()));
    table.put(
        "GET /appliances/{}/domaincontrollers/connections",
        reading(Administration.listControllers()));
    table.put(
        "POST /appliances/{}/domaincontrollers/connections",
        writing(Administration.addController()));
    table.put(
        "GET /appliances/{}/domaincontrollers/connections/{}",
        reading(Administration.getController()));
    table.put(
        "DELETE /appliances/{}/domaincontrollers/connections/{}",
        writing(Administration.removeController()));
    table.put(
        "POST /appliances/{}/domaincontrollers/testconnection",
        reading(Administration.testController()));
    table.put("GET /appliances/{}/productkey", reading(Administration.productKey()));
    // Identity providers, user lockouts, user groups, Open Data Stream targets, threat
    // collections, and the uploads and downloads of today's firmware.
    table.put("GET /auth/identityproviders", reading(AccountsAndFeeds.listProviders()));
    table.put("POST /auth/identityproviders", writing(AccountsAndFeeds.createProvider()));
    table.put("GET /auth/identityproviders/{}", reading(AccountsAndFeeds.getProvider()));
    table.put("PATCH /auth/identityproviders/{}", writing(AccountsAndFeeds.patchProvider()));
    table.put("DELETE /auth/identityproviders/{}", writing(AccountsAndFeeds.deleteProvider()));
    // The privilege document is made on first read, so reading it writes.
    table.put(
        "GET /auth/identityproviders/{}/privileges", writing(AccountsAndFeeds.getPrivileges()));
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
