package io.netobs.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netobs.testing.FakeResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.regex.Pattern;

/**
 * The Query API of the Kentik fake, answered from flows it generates itself: deterministic for a
 * seed, a count and the minute the fake started (or was reset) at. Not part of the public API.
 *
 * <p>How answers are computed, so that tests can compute them too from {@link #flowsJson()}: the
 * flows in the query's devices, filters and time range (whole minutes, start included, end
 * excluded) are grouped by the values of the query's dimensions; for each group and each minute of
 * the range, the rate of a column is its sum over the minute divided by 60, times 8 for byte
 * columns (bits per second). An aggregate is then: {@code sum} the column's total over the range
 * (bytes or packets), {@code average} the mean of the per-minute rates (minutes without flows count
 * as 0), {@code max} the highest rate, {@code percentile} the nearest-rank percentile of the rates.
 * Rows are sorted by the {@code outsort} aggregate (or the only one), highest first, ties by key,
 * and cut at {@code topx} (default 8). Values are rounded to 3 decimals. Time series, present only
 * when an aggregate has {@code raw: true}, hold the metric's per-minute rate.
 */
public final class FlowQueries {
  /** The devices flows come from. */
  public static final List<String> DEVICES = List.of("akl-core-01", "wlg-core-02", "chc-edge-03");

  /** How many minutes before the anchor the generated flows cover. */
  public static final int MINUTES = 180;

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]", Locale.ROOT);
  private static final String BUCKET = "Left +Y Axis";

  /** Dimension names of the Query API and the flow column each groups by. */
  private static final Map<String, String> DIMENSIONS =
      Map.ofEntries(
          Map.entry("IP_src", "inet_src_addr"),
          Map.entry("IP_dst", "inet_dst_addr"),
          Map.entry("AS_src", "src_as"),
          Map.entry("AS_dst", "dst_as"),
          Map.entry("Proto", "protocol"),
          Map.entry("Port_src", "l4_src_port"),
          Map.entry("Port_dst", "l4_dst_port"),
          Map.entry("i_device_name", "i_device_name"),
          Map.entry("Traffic", ""));

  private static final Set<String> COLUMNS =
      Set.of(
          "inet_src_addr",
          "inet_dst_addr",
          "src_as",
          "dst_as",
          "protocol",
          "l4_src_port",
          "l4_dst_port",
          "i_device_name");

  /** Metric name, the column its time series reads and the series' name. */
  private record Metric(String column, String series) {}

  private static final Map<String, Metric> METRICS =
      Map.of(
          "bytes", new Metric("f_sum_both_bytes", "both_bits_per_sec"),
          "in_bytes", new Metric("f_sum_in_bytes", "in_bits_per_sec"),
          "out_bytes", new Metric("f_sum_out_bytes", "out_bits_per_sec"),
          "packets", new Metric("f_sum_both_pkts", "both_pkts_per_sec"),
          "in_packets", new Metric("f_sum_in_pkts", "in_pkts_per_sec"),
          "out_packets", new Metric("f_sum_out_pkts", "out_pkts_per_sec"));

  private static final Set<String> AGGREGATE_COLUMNS =
      Set.of(
          "f_sum_both_bytes",
          "f_sum_in_bytes",
          "f_sum_out_bytes",
          "f_sum_both_pkts",
          "f_sum_in_pkts",
          "f_sum_out_pkts");

  /** Tiny valid images, one per chart type. */
  private static final Map<String, String[]> IMAGES =
      Map.of(
          "png",
          new String[] {
            "image/png",
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4XmPQytsNAAIZAVReOvIrAAAAAElFTkSuQmCC"
          },
          "jpg",
          new String[] {"image/jpeg", jpeg()},
          "svg",
          new String[] {
            "image/svg+xml",
            base64(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\">"
                    + "<rect width=\"1\" height=\"1\" fill=\"#2a6ebb\"/></svg>")
          },
          "pdf",
          new String[] {"application/pdf", base64(pdf())});

  private final Clock clock;
  private final long seed;
  private final int count;
  private final LongFunction<JsonNode> savedFilters;
  private List<ObjectNode> flows;
  private Instant anchor;

  /**
   * Flows for this seed and count, generated at once, ending at the clock's current minute.
   *
   * @param clock the fake's clock: the flows end at its minute, and lookbacks end at its now
   * @param seed the seed of the generator
   * @param count how many flows
   * @param savedFilters a saved filter's JSON by id, or null when there is none
   */
  public FlowQueries(Clock clock, long seed, int count, LongFunction<JsonNode> savedFilters) {
    this.clock = clock;
    this.seed = seed;
    this.count = count;
    this.savedFilters = savedFilters;
    reset();
  }

  /** Generates the flows again, ending at the clock's current minute. */
  public synchronized void reset() {
    anchor = clock.instant().truncatedTo(ChronoUnit.MINUTES);
    Random random = new Random(seed);
    List<ObjectNode> generated = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      ObjectNode flow = Json.object();
      int minute = random.nextInt(MINUTES);
      flow.put("timestamp", anchor.minus(MINUTES - minute, ChronoUnit.MINUTES).toEpochMilli());
      flow.put("i_device_name", DEVICES.get(skewed(random, DEVICES.size())));
      flow.put("inet_src_addr", "10.0.0." + (1 + skewed(random, 20)));
      flow.put("inet_dst_addr", "192.0.2." + (1 + skewed(random, 30)));
      flow.put("src_as", 64512 + skewed(random, 8));
      flow.put("dst_as", new int[] {15169, 13335, 32934, 16509, 8075}[skewed(random, 5)]);
      int protocol = new int[] {6, 17, 1}[skewed(random, 3)];
      flow.put("protocol", protocol);
      flow.put("l4_src_port", protocol == 1 ? 0 : 32768 + random.nextInt(28000));
      flow.put(
          "l4_dst_port", protocol == 1 ? 0 : new int[] {443, 80, 53, 22, 8443}[skewed(random, 5)]);
      long in = 500 + random.nextInt(2_000_000);
      long out = 100 + random.nextInt(200_000);
      flow.put("in_bytes", in);
      flow.put("out_bytes", out);
      flow.put("in_pkts", in / 900 + 1);
      flow.put("out_pkts", out / 700 + 1);
      generated.add(flow);
    }
    generated.sort(Comparator.comparingLong(f -> f.get("timestamp").asLong()));
    flows = List.copyOf(generated);
  }

  /** A skewed index below {@code n}, so that groups rank clearly apart. */
  private static int skewed(Random random, int n) {
    double r = random.nextDouble();
    return Math.min(n - 1, (int) (n * r * r));
  }

  /** Every generated flow, oldest first. */
  public synchronized ArrayNode flowsJson() {
    ArrayNode list = Json.array();
    flows.forEach(flow -> list.add(flow.deepCopy()));
    return list;
  }

  /** The minute the generated flows end at (excluded). */
  public synchronized Instant anchor() {
    return anchor;
  }

  /** {@code POST /query/topXdata}. */
  public FakeResponse data(JsonNode body) {
    ObjectNode answer = Json.object();
    ArrayNode results = answer.putArray("results");
    for (JsonNode item : queries(body)) {
      ObjectNode result = results.addObject();
      result.put("bucket", item.path("bucket").asText(BUCKET));
      result.set("data", rows(item.get("query")));
    }
    return FakeResponse.json(200, answer);
  }

  /** {@code POST /query/topXchart}: a tiny valid image of the requested type, as a data URI. */
  public FakeResponse chart(JsonNode body) {
    for (JsonNode item : queries(body)) {
      rows(item.get("query"));
    }
    JsonNode type = body.get("imageType");
    String name = type == null || type.isNull() ? "svg" : type.asText().toLowerCase(Locale.ROOT);
    String[] image = IMAGES.get(name.equals("jpeg") ? "jpg" : name);
    if (image == null) {
      throw ApiError.badRequest("Invalid imageType " + type + ": png, jpg, svg or pdf");
    }
    ObjectNode answer = Json.object();
    answer.put("dataUri", "data:" + image[0] + ";base64," + image[1]);
    return FakeResponse.json(200, answer);
  }

  /** {@code POST /query/url}: a portal short URL, the same for the same body. */
  public FakeResponse url(JsonNode body) {
    for (JsonNode item : queries(body)) {
      rows(item.get("query"));
    }
    return FakeResponse.json(
        200, "https://portal.kentik.com/portal/#Charts/shortUrl/" + digest(body.toString()));
  }

  private static List<JsonNode> queries(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw ApiError.badRequest("The request body must be a JSON object with \"queries\"");
    }
    JsonNode queries = body.get("queries");
    if (queries == null || !queries.isArray() || queries.isEmpty()) {
      throw ApiError.badRequest("queries is required: an array of {query, bucket}");
    }
    List<JsonNode> items = new ArrayList<>();
    for (JsonNode item : queries) {
      if (!item.isObject() || !item.path("query").isObject()) {
        throw ApiError.badRequest("Each item of queries needs a \"query\" object");
      }
      items.add(item);
    }
    return items;
  }

  private record Aggregate(String name, String column, String fn, int rank, boolean raw) {}

  /** The rows of one query, computed from the flows. */
  private ArrayNode rows(JsonNode query) {
    Metric metric = metric(query.get("metric"));
    List<String> dimensions = dimensions(query.get("dimension"));
    List<Aggregate> aggregates = aggregates(query.get("aggregates"), metric);
    String outsort = outsort(query.get("outsort"), aggregates);
    int topx = positive(query, "topx", 8);
    positive(query, "depth", 100);
    long[] range = range(query);
    Set<String> devices = devices(query);
    JsonNode filters = query.get("filters_obj");
    List<JsonNode> saved = savedFilters(query.get("saved_filters"));

    int minutes = (int) ((range[1] - range[0]) / 60_000);
    Map<String, ObjectNode> groups = new LinkedHashMap<>();
    Map<String, Map<String, double[]>> sums = new LinkedHashMap<>();
    List<ObjectNode> snapshot;
    synchronized (this) {
      snapshot = flows;
    }
    for (ObjectNode flow : snapshot) {
      long time = flow.get("timestamp").asLong();
      if (time < range[0] || time >= range[1]) {
        continue;
      }
      if (!devices.isEmpty() && !devices.contains(flow.get("i_device_name").asText())) {
        continue;
      }
      if (filters != null && !filters.isNull() && !matchesSet(flow, filters)) {
        continue;
      }
      boolean keep = true;
      for (JsonNode filter : saved) {
        boolean matches = matchesSet(flow, filter.path("filters"));
        keep &= filter.path("is_not").asBoolean(false) != matches;
      }
      if (!keep) {
        continue;
      }
      List<String> values = new ArrayList<>();
      ObjectNode row = Json.object();
      for (String dimension : dimensions) {
        String column = DIMENSIONS.getOrDefault(dimension, dimension);
        String value = column.isEmpty() ? "Total" : flow.get(column).asText();
        values.add(value);
        if (!column.isEmpty()) {
          row.put(column, value);
        }
      }
      String key = String.join(" ---- ", values);
      groups.putIfAbsent(key, row);
      Map<String, double[]> perColumn = sums.computeIfAbsent(key, k -> new LinkedHashMap<>());
      int minute = (int) ((time - range[0]) / 60_000);
      for (String column : AGGREGATE_COLUMNS) {
        perColumn.computeIfAbsent(column, c -> new double[minutes])[minute] +=
            columnValue(flow, column);
      }
    }

    List<ObjectNode> rows = new ArrayList<>();
    boolean raw = aggregates.stream().anyMatch(Aggregate::raw);
    for (Map.Entry<String, ObjectNode> group : groups.entrySet()) {
      String key = group.getKey();
      ObjectNode row = Json.object();
      row.put("key", key);
      row.put("name", key);
      row.setAll(group.getValue());
      Map<String, double[]> perColumn = sums.get(key);
      for (Aggregate aggregate : aggregates) {
        row.put(aggregate.name(), round(aggregate(aggregate, perColumn.get(aggregate.column()))));
      }
      ObjectNode series = row.putObject("timeSeries");
      if (raw) {
        double[] perMinute = perColumn.get(metric.column());
        ArrayNode points = series.putObject(metric.series()).putArray("flow");
        for (int m = 0; m < minutes; m++) {
          ArrayNode point = points.addArray();
          point.add(range[0] + m * 60_000L);
          point.add(round(rate(metric.column(), perMinute[m])));
          point.add(60);
        }
      }
      rows.add(row);
    }
    rows.sort(
        Comparator.comparingDouble((ObjectNode row) -> -row.get(outsort).asDouble())
            .thenComparing(row -> row.get("key").asText()));
    ArrayNode data = Json.array();
    rows.stream().limit(topx).forEach(data::add);
    return data;
  }

  private static Metric metric(JsonNode node) {
    // The documented form is one string; a list (as some clients send) names the metric first.
    JsonNode value = node != null && node.isArray() && !node.isEmpty() ? node.get(0) : node;
    String name = value == null || value.isNull() ? null : value.asText();
    if (name == null || name.isBlank()) {
      throw ApiError.badRequest("metric is required, e.g. \"bytes\"");
    }
    Metric metric = METRICS.get(name);
    if (metric == null) {
      throw ApiError.badRequest("Invalid metric: " + name);
    }
    return metric;
  }

  private static List<String> dimensions(JsonNode node) {
    List<String> dimensions = new ArrayList<>();
    if (node == null || node.isNull()) {
      return List.of("Traffic");
    }
    if (!node.isArray()) {
      throw ApiError.badRequest("dimension must be an array of dimension names");
    }
    for (JsonNode dimension : node) {
      String name = dimension.asText();
      if (!DIMENSIONS.containsKey(name) && !COLUMNS.contains(name)) {
        throw ApiError.badRequest("Invalid dimension: " + name);
      }
      dimensions.add(name);
    }
    return dimensions.isEmpty() ? List.of("Traffic") : dimensions;
  }

  private static List<Aggregate> aggregates(JsonNode node, Metric metric) {
    List<Aggregate> aggregates = new ArrayList<>();
    if (node == null || node.isNull() || node.isEmpty()) {
      aggregates.add(new Aggregate("avg_" + metric.series(), metric.column(), "average", 0, false));
      return aggregates;
    }
    if (!node.isArray()) {
      throw ApiError.badRequest("aggregates must be an array");
    }
    Set<String> names = new LinkedHashSet<>();
    for (JsonNode a : node) {
      String name = a.path("name").asText("");
      String column = a.path("column").asText("");
      String fn = a.path("fn").asText("").toLowerCase(Locale.ROOT);
      if (name.isBlank() || column.isBlank() || fn.isBlank()) {
        throw ApiError.badRequest("Each aggregate needs name, column and fn");
      }
      if (!names.add(name)) {
        throw ApiError.badRequest("Aggregate names must be unique: " + name);
      }
      if (!AGGREGATE_COLUMNS.contains(column)) {
        throw ApiError.badRequest("Invalid aggregate column: " + column);
      }
      int rank = 0;
      switch (fn) {
        case "sum", "average", "max" -> {}
        case "percentile" -> {
          if (!a.path("rank").canConvertToInt()
              || a.get("rank").asInt() < 1
              || a.get("rank").asInt() > 99) {
            throw ApiError.badRequest("A percentile aggregate needs a rank from 1 to 99: " + name);
          }
          rank = a.get("rank").asInt();
        }
        default ->
            throw ApiError.badRequest(
                "Aggregate function " + fn + " is not one this fake computes: " + name);
      }
      aggregates.add(new Aggregate(name, column, fn, rank, a.path("raw").asBoolean(false)));
    }
    return aggregates;
  }

  private static String outsort(JsonNode node, List<Aggregate> aggregates) {
    if (node == null || node.isNull() || node.asText().isBlank()) {
      if (aggregates.size() > 1) {
        throw ApiError.badRequest("outsort is required with more than one aggregate");
      }
      return aggregates.get(0).name();
    }
    String outsort = node.asText();
    if (aggregates.stream().noneMatch(a -> a.name().equals(outsort))) {
      throw ApiError.badRequest("outsort must name one of the aggregates, was " + outsort);
    }
    return outsort;
  }

  private static int positive(JsonNode query, String field, int otherwise) {
    JsonNode node = query.get(field);
    if (node == null || node.isNull()) {
      return otherwise;
    }
    if (!node.canConvertToInt() && !node.asText().matches("[0-9]{1,9}")) {
      throw ApiError.badRequest(field + " must be a number");
    }
    int value = node.asInt();
    if (value < 1) {
      throw ApiError.badRequest(field + " must be positive");
    }
    return value;
  }

  /** The time range as epoch milliseconds, whole minutes, start included and end excluded. */
  private long[] range(JsonNode query) {
    long lookback = query.path("lookback_seconds").asLong(0);
    if (lookback < 0) {
      throw ApiError.badRequest("lookback_seconds must not be negative");
    }
    if (lookback == 0 && query.hasNonNull("starting_time") && query.hasNonNull("ending_time")) {
      long start = time(query.get("starting_time").asText(), "starting_time");
      long end = time(query.get("ending_time").asText(), "ending_time");
      if (end < start) {
        throw ApiError.badRequest("ending_time is before starting_time");
      }
      return new long[] {start, end};
    }
    if (lookback == 0) {
      lookback = 3600;
    }
    long end = clock.instant().truncatedTo(ChronoUnit.MINUTES).toEpochMilli();
    long start = end - Math.max(1, (lookback + 59) / 60) * 60_000;
    return new long[] {start, end};
  }

  private static long time(String text, String field) {
    try {
      return LocalDateTime.parse(text, TIME)
          .truncatedTo(ChronoUnit.MINUTES)
          .toInstant(ZoneOffset.UTC)
          .toEpochMilli();
    } catch (DateTimeParseException e) {
      throw ApiError.badRequest(field + " must be YYYY-MM-DD HH:mm:00, was " + text);
    }
  }

  private static Set<String> devices(JsonNode query) {
    if (query.path("all_selected").asBoolean(false)) {
      return Set.of();
    }
    JsonNode node = query.get("device_name");
    Set<String> names = new LinkedHashSet<>();
    if (node == null || node.isNull()) {
      return names;
    }
    List<String> given = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(n -> given.add(n.asText()));
    } else {
      given.addAll(Arrays.asList(node.asText().split(",")));
    }
    for (String name : given) {
      if (!name.isBlank()) {
        if (!DEVICES.contains(name.strip())) {
          throw ApiError.badRequest("Unknown device: " + name.strip());
        }
        names.add(name.strip());
      }
    }
    return names;
  }

  private List<JsonNode> savedFilters(JsonNode node) {
    List<JsonNode> found = new ArrayList<>();
    if (node == null || node.isNull()) {
      return found;
    }
    if (!node.isArray()) {
      throw ApiError.badRequest("saved_filters must be an array of {filter_id, is_not}");
    }
    for (JsonNode ref : node) {
      long id = ref.path("filter_id").asLong(0);
      JsonNode filter = id > 0 ? savedFilters.apply(id) : null;
      if (filter == null) {
        throw ApiError.badRequest("Unknown saved filter: " + ref.path("filter_id").asText());
      }
      ObjectNode applied = Json.object();
      applied.set("filters", filter.path("filters"));
      applied.put("is_not", ref.path("is_not").asBoolean(false));
      found.add(applied);
    }
    return found;
  }

  /** Whether a flow matches a filter set ({connector, filterGroups}); an empty set matches all. */
  private static boolean matchesSet(JsonNode flow, JsonNode set) {
    JsonNode groups = set.path("filterGroups");
    if (!groups.isArray() || groups.isEmpty()) {
      return true;
    }
    boolean any = isAny(set.path("connector").asText("All"));
    boolean result = !any;
    for (JsonNode group : groups) {
      boolean matches = matchesGroup(flow, group);
      result = any ? result || matches : result && matches;
    }
    return result;
  }

  private static boolean matchesGroup(JsonNode flow, JsonNode group) {
    boolean any = isAny(group.path("connector").asText("All"));
    boolean result = !any;
    boolean seen = false;
    for (JsonNode filter : group.path("filters")) {
      seen = true;
      boolean matches = matchesFilter(flow, filter);
      result = any ? result || matches : result && matches;
    }
    if (group.path("filterGroups").isArray() && !group.path("filterGroups").isEmpty()) {
      boolean nested = matchesSet(flow, group);
      result = seen ? (any ? result || nested : result && nested) : nested;
    } else if (!seen) {
      result = true;
    }
    return group.path("not").asBoolean(false) != result;
  }

  private static boolean isAny(String connector) {
    String c = connector.toLowerCase(Locale.ROOT);
    if (!Set.of("all", "any", "and", "or").contains(c)) {
      throw ApiError.badRequest("Invalid connector: " + connector);
    }
    return c.equals("any") || c.equals("or");
  }

  private static boolean matchesFilter(JsonNode flow, JsonNode filter) {
    String field = filter.path("filterField").asText("");
    if (!COLUMNS.contains(field)) {
      throw ApiError.badRequest("Invalid filterField: " + field);
    }
    String actual = flow.get(field).asText();
    String wanted = filter.path("filterValue").asText("");
    String operator = filter.path("operator").asText("");
    return switch (operator) {
      case "=" -> equalsOrInPrefix(actual, wanted);
      case "<>" -> !equalsOrInPrefix(actual, wanted);
      case ">" -> compare(actual, wanted) > 0;
      case "<" -> compare(actual, wanted) < 0;
      case "ILIKE" -> like(actual, wanted);
      case "NOT ILIKE" -> !like(actual, wanted);
      default -> throw ApiError.badRequest("Invalid operator: " + operator);
    };
  }

  private static boolean equalsOrInPrefix(String actual, String wanted) {
    int slash = wanted.indexOf('/');
    if (slash < 0) {
      return actual.equals(wanted);
    }
    long address = ipv4(actual);
    long network = ipv4(wanted.substring(0, slash));
    int bits = Integer.parseInt(wanted.substring(slash + 1));
    long mask = bits == 0 ? 0 : (0xFFFFFFFFL << (32 - bits)) & 0xFFFFFFFFL;
    return address >= 0 && network >= 0 && (address & mask) == (network & mask);
  }

  private static long ipv4(String text) {
    String[] parts = text.split("\\.");
    if (parts.length != 4) {
      return -1;
    }
    long value = 0;
    for (String part : parts) {
      value = value * 256 + Integer.parseInt(part);
    }
    return value;
  }

  private static int compare(String actual, String wanted) {
    try {
      return Long.compare(Long.parseLong(actual), Long.parseLong(wanted));
    } catch (NumberFormatException e) {
      return actual.compareTo(wanted);
    }
  }

  private static boolean like(String actual, String pattern) {
    String regex = ("\\Q" + pattern + "\\E").replace("%", "\\E.*\\Q");
    return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.DOTALL)
        .matcher(actual)
        .matches();
  }

  private static double columnValue(JsonNode flow, String column) {
    return switch (column) {
      case "f_sum_both_bytes" -> flow.get("in_bytes").asLong() + flow.get("out_bytes").asLong();
      case "f_sum_in_bytes" -> flow.get("in_bytes").asLong();
      case "f_sum_out_bytes" -> flow.get("out_bytes").asLong();
      case "f_sum_both_pkts" -> flow.get("in_pkts").asLong() + flow.get("out_pkts").asLong();
      case "f_sum_in_pkts" -> flow.get("in_pkts").asLong();
      case "f_sum_out_pkts" -> flow.get("out_pkts").asLong();
      default -> throw new IllegalStateException(column);
    };
  }

  /** A minute's sum as a rate per second: bits for byte columns, packets for packet columns. */
  private static double rate(String column, double minuteSum) {
    return column.endsWith("_bytes") ? minuteSum * 8 / 60 : minuteSum / 60;
  }

  private static double aggregate(Aggregate aggregate, double[] perMinute) {
    int n = perMinute.length;
    if (n == 0) {
      return 0;
    }
    double[] rates = new double[n];
    double total = 0;
    for (int m = 0; m < n; m++) {
      total += perMinute[m];
      rates[m] = rate(aggregate.column(), perMinute[m]);
    }
    switch (aggregate.fn()) {
      case "sum":
        return total;
      case "average":
        double sum = 0;
        for (double r : rates) {
          sum += r;
        }
        return sum / n;
      case "max":
        return Arrays.stream(rates).max().orElse(0);
      case "percentile":
        double[] sorted = rates.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(aggregate.rank() / 100.0 * n) - 1;
        return sorted[Math.max(0, Math.min(n - 1, index))];
      default:
        throw new IllegalStateException(aggregate.fn());
    }
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }

  private static String digest(String text) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
  }

  /** A one-page PDF with an empty page, its cross-reference offsets computed. */
  private static String pdf() {
    String[] objects = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 72 72] >>"
    };
    StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
    int[] offsets = new int[objects.length];
    for (int i = 0; i < objects.length; i++) {
      offsets[i] = pdf.length();
      pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
    }
    int xref = pdf.length();
    pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
    for (int offset : offsets) {
      pdf.append(String.format(Locale.ROOT, "%010d 00000 n \n", offset));
    }
    pdf.append("trailer\n<< /Size ")
        .append(objects.length + 1)
        .append(" /Root 1 0 R >>\nstartxref\n")
        .append(xref)
        .append("\n%%EOF\n");
    return pdf.toString();
  }

  /** A 1x1 baseline JPEG. */
  private static String jpeg() {
    return "/9j/4AAQSkZJRgABAgAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nI"
        + "CIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgNDRgyIRwhMjIyMjIyMjIyMjIyMjIyMjIyMjIy"
        + "MjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjL/wAARCAABAAEDASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAA"
        + "AAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRV"
        + "S0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4"
        + "iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+P"
        + "n6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExB"
        + "hJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpj"
        + "ZGVmZ2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX"
        + "2Nna4uPk5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEAPwDBooor6w+bP//Z";
  }
}
