package io.netobs.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netobs.testing.FakeResponse;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The state of a Kentik fake and every operation on it: tags, custom dimensions and their
 * populators, batch operations, saved filters and custom applications, as the V5 Admin APIs answer
 * them. One lock guards everything; operations are short, except batch parts, which are applied
 * whole, as one step. Not part of the public API.
 */
public final class KentikModel {
  private static final Pattern FLOW_TAG = Pattern.compile("[A-Za-z0-9_-]{2,20}");
  private static final Pattern DIMENSION_NAME = Pattern.compile("c_[A-Za-z0-9_-]{1,18}");
  private static final Pattern DISPLAY_NAME = Pattern.compile("[A-Za-z0-9 _-]{2,30}");
  private static final Pattern STRING_VALUE = Pattern.compile("[A-Za-z0-9 _-]{1,128}");
  private static final Pattern UINT32 = Pattern.compile("[0-9]{1,10}");
  private static final Set<String> DIRECTIONS = Set.of("src", "dst", "either");

  /**
   * One instance of each common spelling, so a million batch rules do not hold a million copies of
   * "src".
   */
  private static final Map<String, String> DIRECTION_SPELLINGS =
      Map.of(
          "src", "src", "dst", "dst", "either", "either", "SRC", "SRC", "DST", "DST", "EITHER",
          "EITHER", "Src", "Src", "Dst", "Dst", "Either", "Either");

  private static final int MAX_TAG_ADDRESSES = 249;
  private static final String BATCH_ACCEPTED =
      "Successfully stored request. Batch queued for processing.";
  private static final String BATCH_RESUBMIT =
      "Error storing batch part. Please re-submit this part.";

  private final KentikSettings settings;
  private final RuleStore tags = new RuleStore();
  private final Map<Long, Dimension> dimensions = new TreeMap<>();
  private final Set<String> retiredDimensionNames = new HashSet<>();
  private final Map<Long, ObjectNode> savedFilters = new TreeMap<>();
  private final Map<Long, ObjectNode> applications = new TreeMap<>();
  private final Map<String, BatchOperation> batches = new LinkedHashMap<>();
  private final Deque<Integer> resubmitParts = new ArrayDeque<>();
  private long nextTagId;
  private long nextDimensionId;
  private long nextPopulatorId;
  private long nextSavedFilterId;
  private long nextApplicationId;
  private int nextBatchSequence;

  private static final class Dimension {
    final long id;
    final String name;
    final String type;
    String displayName;
    final long createdMicros;
    long updatedMicros;
    final RuleStore populators = new RuleStore();

    Dimension(long id, String name, String type, String displayName, long createdMicros) {
      this.id = id;
      this.name = name;
      this.type = type;
      this.displayName = displayName;
      this.createdMicros = createdMicros;
      this.updatedMicros = createdMicros;
    }
  }

  /** A model holding what the settings ask for at start. */
  public KentikModel(KentikSettings settings) {
    this.settings = settings;
    reset();
  }

  /** Forgets everything, then adds the sample objects if the settings ask for them. */
  public synchronized void reset() {
    tags.clear();
    dimensions.clear();
    retiredDimensionNames.clear();
    savedFilters.clear();
    applications.clear();
    batches.clear();
    resubmitParts.clear();
    nextTagId = 1000;
    nextDimensionId = 1;
    nextPopulatorId = 2600;
    nextSavedFilterId = 1;
    nextApplicationId = 200;
    nextBatchSequence = 1;
    if (settings.sampleData()) {
      addSampleData();
    }
  }

  // ---------------------------------------------------------------- tags

  /** Tag List: {@code {"tags": [...]}}. */
  public synchronized FakeResponse listTags() {
    return FakeResponse.json(200, Map.of("tags", tagsJson()));
  }

  /** Tag Info: {@code {"tag": {...}}}. */
  public synchronized FakeResponse getTag(long id) {
    return FakeResponse.json(200, Map.of("tag", renderTag(existingTag(id))));
  }

  /** Tag Create from {@code {"tag": {...}}}. */
  public synchronized FakeResponse createTag(JsonNode body) {
    JsonNode tag = wrapped(body, "tag");
    String flowTag = validFlowTag(tag.get("flow_tag"), true);
    String fields = validTagFields(MatchFields.fromApiBody(tag), Map.of());
    RuleStore.Rule rule = tags.add(nextTagId++, flowTag, null, fields, now());
    return FakeResponse.json(200, Map.of("tag", renderTag(rule)));
  }

  /** Tag Update from {@code {"tag": {changed fields}}}. */
  public synchronized FakeResponse updateTag(long id, JsonNode body) {
    RuleStore.Rule rule = existingTag(id);
    JsonNode tag = wrapped(body, "tag");
    String flowTag = tag.has("flow_tag") ? validFlowTag(tag.get("flow_tag"), true) : rule.value();
    String fields = validTagFields(MatchFields.fromApiBody(tag), MatchFields.decode(rule.fields()));
    tags.update(rule, flowTag, null, fields, now());
    return FakeResponse.json(200, Map.of("tag", renderTag(rule)));
  }

  /** Tag Delete: 204. */
  public synchronized FakeResponse deleteTag(long id) {
    tags.remove(existingTag(id));
    return FakeResponse.empty(204);
  }

  /** Every tag as the Tag List shows it. */
  public synchronized ArrayNode tagsJson() {
    ArrayNode list = Json.array();
    tags.forEach(rule -> list.add(renderTag(rule)));
    return list;
  }

  /** The number of tags. */
  public synchronized int tagCount() {
    return tags.size();
  }

  private RuleStore.Rule existingTag(long id) {
    RuleStore.Rule rule = tags.get(id);
    if (rule == null) {
      throw ApiError.notFound("Tag " + id + " not found");
    }
    return rule;
  }

  private static String validFlowTag(JsonNode node, boolean required) {
    String flowTag = Json.scalarText(node);
    if (flowTag == null) {
      if (required) {
        throw ApiError.badRequest("flow_tag is required");
      }
      return null;
    }
    if (!FLOW_TAG.matcher(flowTag).matches()) {
      throw ApiError.badRequest("flow_tag must be 2 to 20 letters, digits, hyphens or underscores");
    }
    return flowTag;
  }

  /**
   * Merges changed fields into a tag's current ones and checks the result, as tag create and update
   * do.
   */
  private static String validTagFields(Map<String, String> changes, Map<String, String> current) {
    Map<String, String> merged =
        mergedFields(changes, current, "A tag needs at least one match field besides flow_tag");
    if (MatchFields.itemCount(merged.get("addr")) > MAX_TAG_ADDRESSES) {
      throw ApiError.badRequest(
          "addr can hold at most " + MAX_TAG_ADDRESSES + " IP addresses or CIDRs");
    }
    return MatchFields.encode(merged);
  }

  /**
   * The current match fields with the changes applied (an empty or null value clears a field);
   * never empty.
   */
  private static Map<String, String> mergedFields(
      Map<String, String> changes, Map<String, String> current, String whenEmpty) {
    Map<String, String> merged = new TreeMap<>(current);
    changes.forEach(
        (name, value) -> {
          if (value == null || value.isEmpty()) {
            merged.remove(name);
          } else {
            merged.put(name, value);
          }
        });
    if (merged.isEmpty()) {
      throw ApiError.badRequest(whenEmpty);
    }
    return merged;
  }

  private ObjectNode renderTag(RuleStore.Rule rule) {
    ObjectNode tag = Json.object();
    tag.put("id", rule.id());
    tag.put("flow_tag", rule.value());
    MatchFields.render(rule.fields(), tag);
    tag.put("user", settings.userId());
    tag.put("created_date", IsoDates.forObject(rule.id(), rule.createdMicros()));
    tag.put("updated_date", IsoDates.forObject(rule.id(), rule.updatedMicros()));
    tag.put("company_id", settings.companyId());
    return tag;
  }

  // ---------------------------------------------------------------- custom dimensions

  /** Custom Dimension List: {@code {"customDimensions": [...]}}. */
  public synchronized FakeResponse listDimensions() {
    return FakeResponse.json(200, Map.of("customDimensions", dimensionsJson()));
  }

  /** Custom Dimension Info: {@code {"customDimension": {...}}} with its populators. */
  public synchronized FakeResponse getDimension(long id) {
    return FakeResponse.json(
        200, Map.of("customDimension", renderDimension(existingDimension(id), true)));
  }

  /**
   * The body comes unwrapped ({@code {"name": ..., "type": ..., "display_name": ...}}), as public
   * clients send it.
   */
  public synchronized FakeResponse createDimension(JsonNode body) {
    requireObject(body);
    String name = Json.scalarText(body.get("name"));
    if (name == null || !DIMENSION_NAME.matcher(name).matches()) {
      throw ApiError.badRequest(
          "name is required: c_ followed by letters, digits, dashes or underscores, at most 20 characters");
    }
    if (dimensionNamed(name) != null) {
      throw ApiError.badRequest("A custom dimension named " + name + " already exists");
    }
    if (retiredDimensionNames.contains(name)) {
      throw ApiError.badRequest(
          "The name " + name + " belonged to a deleted custom dimension and cannot be reused yet");
    }
    String type = Json.scalarText(body.get("type"));
    if (!"string".equals(type) && !"uint32".equals(type)) {
      throw ApiError.badRequest("type is required: \"string\" or \"uint32\"");
    }
    String displayName = validDisplayName(body.get("display_name"));
    Dimension dimension = new Dimension(nextDimensionId++, name, type, displayName, now());
    dimensions.put(dimension.id, dimension);
    return FakeResponse.json(200, Map.of("customDimension", renderDimension(dimension, true)));
  }

  /**
   * Accepts the body unwrapped, or wrapped as {@code {"customDimension": {...}}} or as Kentik's
   * documentation shows it, {@code {"custom dimension": {...}}}. Only {@code display_name} may
   * change; the answer has no populators.
   */
  public synchronized FakeResponse updateDimension(long id, JsonNode body) {
    Dimension dimension = existingDimension(id);
    requireObject(body);
    JsonNode changes =
        body.has("customDimension")
            ? body.get("customDimension")
            : body.has("custom dimension") ? body.get("custom dimension") : body;
    requireObject(changes);
    for (String fixed : List.of("name", "type")) {
      String sent = Json.scalarText(changes.get(fixed));
      String current = fixed.equals("name") ? dimension.name : dimension.type;
      if (changes.has(fixed) && !current.equals(sent)) {
        throw ApiError.badRequest("Only display_name can be changed; " + fixed + " cannot");
      }
    }
    dimension.displayName = validDisplayName(changes.get("display_name"));
    dimension.updatedMicros = now();
    return FakeResponse.json(200, Map.of("customDimension", renderDimension(dimension, false)));
  }

  /** Custom Dimension Delete: 204; the name cannot be used again. */
  public synchronized FakeResponse deleteDimension(long id) {
    Dimension dimension = existingDimension(id);
    dimensions.remove(id);
    retiredDimensionNames.add(dimension.name);
    return FakeResponse.empty(204);
  }

  /** Every custom dimension as the list shows it. */
  public synchronized ArrayNode dimensionsJson() {
    ArrayNode list = Json.array();
    dimensions.values().forEach(dimension -> list.add(renderDimension(dimension, true)));
    return list;
  }

  private Dimension existingDimension(long id) {
    Dimension dimension = dimensions.get(id);
    if (dimension == null) {
      throw ApiError.notFound("Custom dimension " + id + " not found");
    }
    return dimension;
  }

  private Dimension dimensionNamed(String name) {
    return dimensions.values().stream().filter(d -> d.name.equals(name)).findFirst().orElse(null);
  }

  private static String validDisplayName(JsonNode node) {
    String displayName = Json.scalarText(node);
    if (displayName == null || !DISPLAY_NAME.matcher(displayName).matches()) {
      throw ApiError.badRequest(
          "display_name is required: 2 to 30 letters, digits, spaces, hyphens or underscores");
    }
    return displayName;
  }

  private ObjectNode renderDimension(Dimension dimension, boolean withPopulators) {
    ObjectNode node = Json.object();
    node.put("id", dimension.id);
    node.put("display_name", dimension.displayName);
    node.put("name", dimension.name);
    node.put("type", dimension.type);
    if (withPopulators) {
      ArrayNode populators = node.putArray("populators");
      dimension.populators.forEach(rule -> populators.add(renderPopulator(rule, dimension)));
    }
    node.put("created_date", IsoDates.forObject(dimension.id, dimension.createdMicros));
    node.put("updated_date", IsoDates.forObject(dimension.id, dimension.updatedMicros));
    node.put("company_id", settings.companyId());
    return node;
  }

  // ---------------------------------------------------------------- populators

  /** Populator Create from {@code {"populator": {...}}}. */
  public synchronized FakeResponse createPopulator(long dimensionId, JsonNode body) {
    Dimension dimension = existingDimension(dimensionId);
    JsonNode populator = wrapped(body, "populator");
    String value = validPopulatorValue(dimension, Json.scalarText(populator.get("value")));
    if (value == null) {
      throw ApiError.badRequest("value is required");
    }
    String direction = validDirection(populator.get("direction"));
    if (direction == null) {
      throw ApiError.badRequest("direction is required: src, dst or either");
    }
    String fields = validPopulatorFields(MatchFields.fromApiBody(populator), Map.of());
    RuleStore.Rule rule =
        dimension.populators.add(nextPopulatorId++, value, direction, fields, now());
    return FakeResponse.json(200, Map.of("populator", renderPopulator(rule, dimension)));
  }

  /** Populator Update from {@code {"populator": {changed fields}}}. */
  public synchronized FakeResponse updatePopulator(
      long dimensionId, long populatorId, JsonNode body) {
    Dimension dimension = existingDimension(dimensionId);
    RuleStore.Rule rule = existingPopulator(dimension, populatorId);
    JsonNode populator = wrapped(body, "populator");
    String value =
        populator.has("value")
            ? validPopulatorValue(dimension, Json.scalarText(populator.get("value")))
            : rule.value();
    if (value == null) {
      throw ApiError.badRequest("value cannot be empty");
    }
    String direction =
        populator.has("direction") ? validDirection(populator.get("direction")) : rule.direction();
    if (direction == null) {
      throw ApiError.badRequest("direction cannot be empty: src, dst or either");
    }
    String fields =
        validPopulatorFields(MatchFields.fromApiBody(populator), MatchFields.decode(rule.fields()));
    dimension.populators.update(rule, value, direction, fields, now());
    return FakeResponse.json(200, Map.of("populator", renderPopulator(rule, dimension)));
  }

  /** Populator Delete: 204. */
  public synchronized FakeResponse deletePopulator(long dimensionId, long populatorId) {
    Dimension dimension = existingDimension(dimensionId);
    dimension.populators.remove(existingPopulator(dimension, populatorId));
    return FakeResponse.empty(204);
  }

  /**
   * The populators of a dimension, as its Custom Dimension Info answer lists them; null when there
   * is no such dimension.
   */
  public synchronized ArrayNode populatorsJson(String dimensionName) {
    Dimension dimension = dimensionNamed(dimensionName);
    if (dimension == null) {
      return null;
    }
    ArrayNode list = Json.array();
    dimension.populators.forEach(rule -> list.add(renderPopulator(rule, dimension)));
    return list;
  }

  /** The number of populators of a dimension, or -1 when there is no such dimension. */
  public synchronized int populatorCount(String dimensionName) {
    Dimension dimension = dimensionNamed(dimensionName);
    return dimension == null ? -1 : dimension.populators.size();
  }

  private static RuleStore.Rule existingPopulator(Dimension dimension, long populatorId) {
    RuleStore.Rule rule = dimension.populators.get(populatorId);
    if (rule == null) {
      throw ApiError.notFound(
          "Populator " + populatorId + " not found in custom dimension " + dimension.id);
    }
    return rule;
  }

  /**
   * The value if valid for the dimension's type, null when absent; throws when present and invalid.
   */
  private static String validPopulatorValue(Dimension dimension, String value) {
    if (value == null) {
      return null;
    }
    if (!isValidPopulatorValue(dimension.type, value)) {
      throw ApiError.badRequest(
          dimension.type.equals("uint32")
              ? "value must be a whole number from 0 to 4294967295 for a uint32 dimension"
              : "value must be 1 to 128 letters, digits, spaces, hyphens or underscores");
    }
    return value;
  }

  private static boolean isValidPopulatorValue(String type, String value) {
    if (type.equals("uint32")) {
      return UINT32.matcher(value).matches() && Long.parseLong(value) <= 4_294_967_295L;
    }
    return STRING_VALUE.matcher(value).matches();
  }

  /**
   * The direction as sent (case kept) when it is src, dst or either in any case; null when absent;
   * throws otherwise.
   */
  private static String validDirection(JsonNode node) {
    String direction = Json.scalarText(node);
    if (direction == null) {
      return null;
    }
    if (!DIRECTIONS.contains(direction.toLowerCase(Locale.ROOT))) {
      throw ApiError.badRequest("direction must be src, dst or either");
    }
    return direction;
  }

  private static String validPopulatorFields(
      Map<String, String> changes, Map<String, String> current) {
    return MatchFields.encode(
        mergedFields(
            changes,
            current,
            "A populator needs at least one match field besides value and direction"));
  }

  private ObjectNode renderPopulator(RuleStore.Rule rule, Dimension dimension) {
    ObjectNode node = Json.object();
    node.put("id", rule.id());
    node.put("dimension_id", dimension.id);
    node.put("value", rule.value());
    node.put("direction", rule.direction());
    MatchFields.render(rule.fields(), node);
    node.put("user", settings.userId());
    node.put("created_date", IsoDates.forObject(rule.id(), rule.createdMicros()));
    node.put("updated_date", IsoDates.forObject(rule.id(), rule.updatedMicros()));
    node.put("company_id", settings.companyId());
    return node;
  }

  // ---------------------------------------------------------------- batch

  /** Whether a custom dimension of this name exists (the populator batch path names it). */
  public synchronized boolean hasDimensionNamed(String name) {
    return dimensionNamed(name) != null;
  }

  /**
   * Makes the next part numbered {@code partNumber} (1 for a first part) of any batch operation
   * answer 200 with a message asking to re-submit it, without applying it. Each call arms one such
   * answer.
   */
  public synchronized void askToResubmit(int partNumber) {
    if (partNumber < 1) {
      throw new IllegalArgumentException("part numbers start at 1");
    }
    resubmitParts.add(partNumber);
  }

  /**
   * Applies one part of a batch operation on the tags (dimension name null) or the populators of a
   * dimension. Deletes are applied before upserts, each criterion of an upsert is one rule, and
   * {@code replace_all} deletions happen after the part that completes the operation.
   */
  public synchronized FakeResponse batchPart(String dimensionName, JsonNode body) {
    Dimension dimension = null;
    if (dimensionName != null) {
      dimension = dimensionNamed(dimensionName);
      if (dimension == null) {
        throw ApiError.notFound("Custom dimension " + dimensionName + " not found");
      }
    }
    requireObject(body);
    JsonNode replaceAll = body.get("replace_all");
    JsonNode complete = body.get("complete");
    if (replaceAll == null || !replaceAll.isBoolean()) {
      throw ApiError.badRequest("replace_all is required and must be true or false");
    }
    if (complete == null || !complete.isBoolean()) {
      throw ApiError.badRequest("complete is required and must be true or false");
    }
    JsonNode upserts = body.path("upserts");
    JsonNode deletes = body.path("deletes");
    if (!(upserts.isMissingNode() || upserts.isNull() || upserts.isArray())
        || !(deletes.isMissingNode() || deletes.isNull() || deletes.isArray())) {
      throw ApiError.badRequest("upserts and deletes must be arrays");
    }

    String guid = Json.scalarText(body.get("guid"));
    Long dimensionId = dimension == null ? null : dimension.id;
    BatchOperation operation = null;
    if (guid != null && !guid.isEmpty()) {
      operation = batches.get(guid);
      if (operation == null) {
        throw ApiError.badRequest("Unknown batch guid " + guid);
      }
      if (!operation.isFor(dimensionId)) {
        throw ApiError.badRequest("Batch " + guid + " belongs to another endpoint");
      }
      if (operation.complete) {
        throw ApiError.badRequest("Batch " + guid + " is already complete");
      }
    }
    if (resubmitParts.remove(operation == null ? 1 : operation.parts + 1)) {
      ObjectNode answer = Json.object().put("message", BATCH_RESUBMIT).put("error", BATCH_RESUBMIT);
      if (operation != null) {
        answer.put("guid", operation.guid);
      }
      return FakeResponse.json(200, answer);
    }
    if (operation == null) {
      operation =
          new BatchOperation(
              UUID.randomUUID().toString(),
              nextBatchSequence++,
              dimensionId,
              dimension == null ? null : dimension.name,
              replaceAll.booleanValue(),
              now());
      batches.put(operation.guid, operation);
    }

    operation.parts++;
    RuleStore store = dimension == null ? tags : dimension.populators;
    applyDeletes(operation, store, deletes);
    applyUpserts(operation, store, dimension, upserts);
    if (complete.booleanValue()) {
      operation.complete = true;
      operation.pendingPollsLeft = settings.batchPendingPolls();
      if (operation.replaceAll) {
        operation.replaceAllDeletes = store.removeUntouchedBy(operation.sequence);
      }
    }
    return FakeResponse.json(
        202, Json.object().put("message", BATCH_ACCEPTED).put("guid", operation.guid));
  }

  private static void applyDeletes(BatchOperation operation, RuleStore store, JsonNode deletes) {
    for (JsonNode delete : deletes) {
      String value = Json.scalarText(delete.get("value"));
      if (value == null || value.isBlank()) {
        operation.deletesInvalid++;
      } else if (store.removeValue(value) > 0) {
        operation.deletesApplied++;
      } else {
        operation.deletesUnchanged++;
      }
    }
  }

  private void applyUpserts(
      BatchOperation operation, RuleStore store, Dimension dimension, JsonNode upserts) {
    long now = now();
    for (JsonNode upsert : upserts) {
      JsonNode criteria = upsert.path("criteria");
      String value = Json.scalarText(upsert.get("value"));
      boolean validValue =
          value != null
              && (dimension == null
                  ? FLOW_TAG.matcher(value).matches()
                  : isValidPopulatorValue(dimension.type, value));
      if (!validValue || !criteria.isArray() || criteria.isEmpty()) {
        operation.upsertsInvalid += Math.max(1, criteria.size());
        continue;
      }
      for (JsonNode criterion : criteria) {
        String fields = criterion.isObject() ? MatchFields.fromBatchCriterion(criterion) : null;
        String direction = dimension == null ? null : batchDirection(criterion.get("direction"));
        if (fields == null || (dimension != null && direction == null)) {
          operation.upsertsInvalid++;
          continue;
        }
        RuleStore.Rule existing = store.findIdentical(value, direction, fields);
        if (existing != null) {
          existing.touch(operation.sequence);
          operation.upsertsUnchanged++;
        } else if (store.size() >= settings.batchItemLimit()) {
          operation.upsertsOverLimit++;
        } else {
          long id = dimension == null ? nextTagId++ : nextPopulatorId++;
          store.add(id, value, direction, fields, now).touch(operation.sequence);
          operation.upsertsApplied++;
        }
      }
    }
  }

  /**
   * A populator criterion's direction: "either" when absent, as sent when valid, null when invalid.
   */
  private static String batchDirection(JsonNode node) {
    if (node == null || node.isNull()) {
      return "either";
    }
    String direction = Json.scalarText(node);
    if (direction == null || !DIRECTIONS.contains(direction.toLowerCase(Locale.ROOT))) {
      return null;
    }
    return DIRECTION_SPELLINGS.getOrDefault(direction, direction);
  }

  /**
   * The Batch Status answer. While a completed operation still has pending polls left, it reports
   * {@code is_pending: true, is_complete: false}, and this poll uses one up.
   */
  public synchronized FakeResponse batchStatus(String guid) {
    BatchOperation operation = batches.get(guid);
    if (operation == null) {
      throw ApiError.notFound("Batch " + guid + " not found");
    }
    boolean pending = operation.complete && operation.pendingPollsLeft > 0;
    if (pending) {
      operation.pendingPollsLeft--;
    }
    return FakeResponse.json(
        200, operation.status(settings.userNumber(), settings.email(), pending));
  }

  /** The status of a batch operation without using up a pending poll, or null when unknown. */
  public synchronized ObjectNode batchStatusJson(String guid) {
    BatchOperation operation = batches.get(guid);
    return operation == null
        ? null
        : operation.status(
            settings.userNumber(),
            settings.email(),
            operation.complete && operation.pendingPollsLeft > 0);
  }

  /** The guids of every batch operation, oldest first. */
  public synchronized List<String> batchGuids() {
    return List.copyOf(batches.keySet());
  }

  // ---------------------------------------------------------------- saved filters

  /** Saved Filter List: a bare array. */
  public synchronized FakeResponse listSavedFilters() {
    return FakeResponse.json(200, savedFiltersJson());
  }

  /** Saved Filter Info: a bare object. */
  public synchronized FakeResponse getSavedFilter(long id) {
    return FakeResponse.json(200, existingSavedFilter(id));
  }

  /** Saved Filter Create from a bare object. */
  public synchronized FakeResponse createSavedFilter(JsonNode body) {
    ObjectNode filter = validSavedFilter(body, null);
    long id = nextSavedFilterId++;
    String date = IsoDates.forObject(id, now());
    ObjectNode stored = Json.object();
    stored.put("cdate", date);
    stored.put("company_id", settings.companyId());
    stored.put("edate", date);
    stored.setAll(filter);
    stored.put("id", id);
    savedFilters.put(id, stored);
    return FakeResponse.json(200, stored);
  }

  /** The body must carry every field of a create: it replaces the filter. */
  public synchronized FakeResponse updateSavedFilter(long id, JsonNode body) {
    ObjectNode stored = existingSavedFilter(id);
    ObjectNode filter = validSavedFilter(body, id);
    stored.remove(List.of("filter_name", "filter_description", "filter_level", "filters"));
    stored.setAll(filter);
    stored.put("edate", IsoDates.forObject(id, now()));
    return FakeResponse.json(200, stored);
  }

  /** Saved Filter Delete: 204. */
  public synchronized FakeResponse deleteSavedFilter(long id) {
    existingSavedFilter(id);
    savedFilters.remove(id);
    return FakeResponse.empty(204);
  }

  /** Every saved filter as the list shows it. */
  public synchronized ArrayNode savedFiltersJson() {
    ArrayNode list = Json.array();
    savedFilters.values().forEach(filter -> list.add(filter.deepCopy()));
    return list;
  }

  /** One saved filter as the API shows it, or null when there is none with this id. */
  public synchronized JsonNode savedFilterJson(long id) {
    ObjectNode filter = savedFilters.get(id);
    return filter == null ? null : filter.deepCopy();
  }

  private ObjectNode existingSavedFilter(long id) {
    ObjectNode filter = savedFilters.get(id);
    if (filter == null) {
      throw ApiError.notFound("Saved filter " + id + " not found");
    }
    return filter;
  }

  /** Checks the fields the seed marks required and returns the filter's own fields. */
  private ObjectNode validSavedFilter(JsonNode body, Long updatingId) {
    requireObject(body);
    String name = Json.scalarText(body.get("filter_name"));
    if (name == null || name.isBlank()) {
      throw ApiError.badRequest("filter_name is required");
    }
    for (Map.Entry<Long, ObjectNode> other : savedFilters.entrySet()) {
      if (!other.getKey().equals(updatingId)
          && other.getValue().path("filter_name").asText().equals(name)) {
        throw ApiError.badRequest("A saved filter named " + name + " already exists");
      }
    }
    JsonNode description = body.get("filter_description");
    if (description != null && !description.isNull() && !description.isTextual()) {
      throw ApiError.badRequest("filter_description must be a string");
    }
    JsonNode filters = body.get("filters");
    if (filters == null || !filters.isObject()) {
      throw ApiError.badRequest("filters is required");
    }
    if (!filters.path("connector").isTextual()) {
      throw ApiError.badRequest("filters.connector is required");
    }
    JsonNode groups = filters.path("filterGroups");
    if (!groups.isMissingNode() && !groups.isArray()) {
      throw ApiError.badRequest("filters.filterGroups must be an array");
    }
    int index = 0;
    for (JsonNode group : groups) {
      if (!group.path("connector").isTextual()) {
        throw ApiError.badRequest("filters.filterGroups[" + index + "].connector is required");
      }
      if (!group.path("not").isBoolean()) {
        throw ApiError.badRequest(
            "filters.filterGroups[" + index + "].not is required and must be true or false");
      }
      JsonNode list = group.path("filters");
      if (!list.isMissingNode() && !list.isArray()) {
        throw ApiError.badRequest("filters.filterGroups[" + index + "].filters must be an array");
      }
      index++;
    }
    ObjectNode filter = Json.object();
    filter.put(
        "filter_description",
        description == null || description.isNull() ? "" : description.asText());
    filter.put("filter_level", "company");
    filter.put("filter_name", name);
    ObjectNode storedFilters = filter.putObject("filters");
    storedFilters.put("connector", filters.get("connector").asText());
    storedFilters.put("custom", filters.path("custom").asBoolean(true));
    storedFilters.set("filterGroups", groups.isMissingNode() ? Json.array() : groups.deepCopy());
    return filter;
  }

  // ---------------------------------------------------------------- custom applications

  private static final List<String> APPLICATION_FIELDS =
      List.of("name", "description", "ip_range", "protocol", "port", "asn");

  /** Custom Application List: a bare array. */
  public synchronized FakeResponse listApplications() {
    return FakeResponse.json(200, applicationsJson());
  }

  /** The create answer carries no dates (cdate and edate are null), as the live API answers. */
  public synchronized FakeResponse createApplication(JsonNode body) {
    requireObject(body);
    String name = Json.scalarText(body.get("name"));
    if (name == null || name.isBlank()) {
      throw ApiError.badRequest("name is required");
    }
    long id = nextApplicationId++;
    ObjectNode stored = Json.object();
    for (String field : APPLICATION_FIELDS) {
      stored.put(field, applicationField(body, field, ""));
    }
    stored.put("id", id);
    stored.put("company_id", settings.companyId());
    stored.put("user_id", settings.userId());
    String date = IsoDates.forObject(id, now());
    stored.put("cdate", date);
    stored.put("edate", date);
    applications.put(id, stored);
    ObjectNode answer = stored.deepCopy();
    answer.putNull("cdate");
    answer.putNull("edate");
    return FakeResponse.json(200, answer);
  }

  /** Custom Application Update: the fields sent replace the stored ones. */
  public synchronized FakeResponse updateApplication(long id, JsonNode body) {
    ObjectNode stored = applications.get(id);
    if (stored == null) {
      throw ApiError.notFound("Custom application " + id + " not found");
    }
    requireObject(body);
    if (body.has("name")
        && (Json.scalarText(body.get("name")) == null || body.get("name").asText().isBlank())) {
      throw ApiError.badRequest("name cannot be empty");
    }
    for (String field : APPLICATION_FIELDS) {
      stored.put(field, applicationField(body, field, stored.path(field).asText()));
    }
    stored.put("edate", IsoDates.forObject(id, now()));
    return FakeResponse.json(200, stored);
  }

  /** Custom Application Delete: 204. */
  public synchronized FakeResponse deleteApplication(long id) {
    if (applications.remove(id) == null) {
      throw ApiError.notFound("Custom application " + id + " not found");
    }
    return FakeResponse.empty(204);
  }

  /** Every custom application as the list shows it. */
  public synchronized ArrayNode applicationsJson() {
    ArrayNode list = Json.array();
    applications.values().forEach(application -> list.add(application.deepCopy()));
    return list;
  }

  private static String applicationField(JsonNode body, String field, String fallback) {
    JsonNode node = body.get(field);
    if (node == null) {
      return fallback;
    }
    if (node.isNull()) {
      return "";
    }
    if (!(node.isTextual() || node.isNumber())) {
      throw ApiError.badRequest(field + " must be a string");
    }
    return node.asText();
  }

  // ---------------------------------------------------------------- shared

  private long now() {
    return IsoDates.micros(settings.clock().instant());
  }

  private static void requireObject(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw ApiError.badRequest("The request body must be a JSON object");
    }
  }

  /** The object inside a wrapper such as {@code {"tag": {...}}}. */
  private static JsonNode wrapped(JsonNode body, String wrapper) {
    requireObject(body);
    JsonNode inner = body.get(wrapper);
    if (inner == null || !inner.isObject()) {
      throw ApiError.badRequest("The request body must be wrapped as {\"" + wrapper + "\": {...}}");
    }
    return inner;
  }

  private void addSampleData() {
    long now = now();
    tags.add(
        nextTagId++,
        "web_servers",
        null,
        MatchFields.encode(Map.of("addr", "10.0.1.0/24,10.0.2.0/24", "port", "443")),
        now);
    tags.add(
        nextTagId++, "dns", null, MatchFields.encode(Map.of("port", "53", "protocol", "17")), now);
    Dimension region = new Dimension(nextDimensionId++, "c_region", "string", "Region", now);
    dimensions.put(region.id, region);
    region.populators.add(
        nextPopulatorId++,
        "eu-west",
        "src",
        MatchFields.encode(Map.of("addr", "192.0.2.0/24")),
        now);
    region.populators.add(
        nextPopulatorId++,
        "us-east",
        "DST",
        MatchFields.encode(Map.of("addr", "198.51.100.0/24")),
        now);
    Dimension asnGroup =
        new Dimension(nextDimensionId++, "c_asn_group", "uint32", "ASN group", now);
    dimensions.put(asnGroup.id, asnGroup);
    createSavedFilter(
        Json.object()
            .put("filter_name", "no_rfc1918")
            .put("filter_description", "Leave out private space")
            .set(
                "filters",
                Json.object()
                    .put("connector", "All")
                    .set(
                        "filterGroups",
                        Json.array()
                            .add(
                                Json.object()
                                    .put("connector", "Any")
                                    .put("not", true)
                                    .set(
                                        "filters",
                                        Json.array()
                                            .add(
                                                Json.object()
                                                    .put("filterField", "inet_src_addr")
                                                    .put("operator", "ILIKE")
                                                    .put("filterValue", "10.0.0.0/8")))))));
    createApplication(
        Json.object()
            .put("name", "internal-api")
            .put("description", "Internal API tier")
            .put("ip_range", "10.0.3.0/24")
            .put("protocol", "6")
            .put("port", "8443")
            .put("asn", ""));
  }
}
