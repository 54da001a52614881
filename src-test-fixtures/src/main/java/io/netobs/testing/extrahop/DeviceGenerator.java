package io.netobs.testing.extrahop;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Generates a network's devices, the same for the same seed: addresses spread over the subnets
 * {@code 10.20.0.x}, {@code 10.30.1.x}, {@code 10.40.2.x} and {@code 192.168.10.x} (the third octet
 * grows past 254 hosts), a role per device with fitting names and vendors, and activity times
 * around now.
 */
final class DeviceGenerator {
  /** Role, share of devices in percent, name prefix, vendors. */
  private record Role(String name, int percent, String prefix, String... vendors) {}

  private static final List<Role> ROLES =
      List.of(
          new Role("client", 50, "ws", "Apple", "Lenovo", "Dell", "HP", "Microsoft"),
          new Role("http_server", 12, "web", "Dell", "HP", "VMware"),
          new Role("db_server", 8, "db", "Dell", "Oracle", "VMware"),
          new Role("printer", 8, "prn", "HP", "Brother"),
          new Role("file_server", 6, "files", "NetApp", "Dell"),
          new Role("dns_server", 4, "dns", "Infoblox", "Microsoft"),
          new Role("gateway", 4, "gw", "Cisco", "Juniper"),
          new Role("load_balancer", 4, "lb", "F5 Networks", "Citrix"),
          new Role("domain_controller", 4, "dc", "Microsoft", "VMware"));

  private static final String[] SUBNETS = {"10.20.", "10.30.", "10.40.", "192.168."};
  private static final int[] THIRD_OCTETS = {0, 1, 2, 10};
  private static final int[] VLANS = {10, 30, 40, 0};

  /** The activity a role shows, as the stat names of {@code GET /devices/{id}/activity}. */
  static List<String> activity(String role) {
    List<String> stats = new ArrayList<>(List.of("extrahop.device.net", "extrahop.device.tcp"));
    switch (role == null ? "" : role) {
      case "client" ->
          stats.addAll(List.of("extrahop.device.http_client", "extrahop.device.dns_client"));
      case "http_server", "load_balancer" -> stats.add("extrahop.device.http_server");
      case "db_server" -> stats.add("extrahop.device.db_server");
      case "dns_server" -> stats.add("extrahop.device.dns_server");
      case "file_server" -> stats.add("extrahop.device.cifs_server");
      case "domain_controller" ->
          stats.addAll(List.of("extrahop.device.ldap_server", "extrahop.device.kerberos_server"));
      default -> {}
    }
    return stats;
  }

  private DeviceGenerator() {}

  static List<ObjectNode> generate(int count, long seed, long now, boolean console) {
    SplittableRandom random = new SplittableRandom(seed);
    List<ObjectNode> devices = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      devices.add(device(i, random, now, console));
    }
    return devices;
  }

  private static ObjectNode device(int index, SplittableRandom random, long now, boolean console) {
    long id = index + 1;
    Role role = role(random.nextInt(100));
    String vendor = role.vendors()[random.nextInt(role.vendors().length)];
    int subnet = index % SUBNETS.length;
    int host = index / SUBNETS.length;
    String ip = SUBNETS[subnet] + (THIRD_OCTETS[subnet] + host / 254) + "." + (host % 254 + 1);
    String mac =
        String.format(
            Locale.ROOT,
            "%s:%02x:%02x:%02x",
            oui(vendor),
            (id >> 16) & 0xff,
            (id >> 8) & 0xff,
            id & 0xff);
    String host3 = String.format(Locale.ROOT, "%03d", id);
    String dnsName = role.prefix() + "-" + host3 + ".corp.example.com";
    boolean client = role.name().equals("client");
    boolean critical = role.name().equals("db_server") || role.name().equals("domain_controller");

    long discoverTime = seconds(now - 86_400_000L - random.nextLong(90 * 86_400_000L));
    double recency = random.nextDouble();
    long lastSeen =
        recency < 0.6
            ? now - random.nextLong(1_800_000L)
            : recency < 0.8
                ? now - 1_800_000L - random.nextLong(84_600_000L)
                : now
                    - 86_400_000L
                    - random.nextLong(Math.max(1, now - 86_400_000L - discoverTime));
    lastSeen = Math.max(seconds(lastSeen), discoverTime);

    ObjectNode device = Json.object();
    device.put("mod_time", lastSeen);
    if (console) {
      device.put("node_id", 1 + index % 2);
    } else {
      device.putNull("node_id");
    }
    device.put("id", id);
    String discoveryId = mac.replace(":", "") + "0000";
    device.put("extrahop_id", discoveryId);
    device.put("discovery_id", discoveryId);
    device.putNull("description");
    device.put("user_mod_time", discoverTime);
    device.put("discover_time", discoverTime);
    device.put("vlanid", VLANS[subnet]);
    device.putNull("parent_id");
    device.put("macaddr", mac.toUpperCase(Locale.ROOT));
    device.put("vendor", vendor);
    device.put("is_l3", true);
    device.put("ipaddr4", ip);
    if (index % 20 == 0) {
      device.put("ipaddr6", String.format(Locale.ROOT, "fd00:20::%x", id));
    } else {
      device.putNull("ipaddr6");
    }
    device.put("device_class", role.name().equals("gateway") ? "gateway" : "node");
    String defaultName = vendor + " " + ip;
    device.put("default_name", defaultName);
    device.putNull("custom_name");
    device.put("cdp_name", role.name().equals("gateway") ? role.prefix() + "-" + host3 : "");
    device.put("dhcp_name", client ? role.prefix() + "-" + host3 : "");
    device.put(
        "netbios_name", client ? (role.prefix() + "-" + host3).toUpperCase(Locale.ROOT) : "");
    device.put("dns_name", dnsName);
    device.put("custom_type", "");
    device.put("analysis_level", critical ? 2 : 1);
    // Fields of newer firmware that the ExtraHop REST API Guide's sample device does not show:
    // decoders must keep or skip them.
    device.put("display_name", dnsName);
    device.put("role", role.name());
    device.put("auto_role", role.name());
    device.put("critical", critical);
    device.put("on_watchlist", false);
    device.put("last_seen_time", lastSeen);
    device.putNull("model");
    return device;
  }

  private static Role role(int percentile) {
    int bound = 0;
    for (Role role : ROLES) {
      bound += role.percent();
      if (percentile < bound) {
        return role;
      }
    }
    return ROLES.get(0);
  }

  private static String oui(String vendor) {
    return switch (vendor) {
      case "Apple" -> "a4:83:e7";
      case "Cisco" -> "00:1b:54";
      case "Dell" -> "f8:bc:12";
      case "HP" -> "3c:d9:2b";
      case "Juniper" -> "00:05:85";
      case "Microsoft" -> "00:15:5d";
      case "VMware" -> "00:50:56";
      case "Lenovo" -> "54:ee:75";
      default ->
          String.format(Locale.ROOT, "02:%02x:%02x", vendor.length(), vendor.charAt(0) & 0xff);
    };
  }

  private static long seconds(long millis) {
    return millis - Math.floorMod(millis, 1000L);
  }
}
