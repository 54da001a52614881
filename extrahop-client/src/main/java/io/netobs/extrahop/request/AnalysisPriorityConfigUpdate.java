package io.netobs.extrahop.request;

import io.netobs.extrahop.internal.Validate;
import io.netobs.extrahop.model.AnalysisPriorityConfig;
import io.netobs.extrahop.model.AnalysisPriorityRule;
import io.netobs.http.RequestBody;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code PUT /analysispriority/config/{appliance_id}}, which replaces a sensor's
 * analysis priority rules. Start from the rules in force to change one of them:
 *
 * <pre>{@code
 * AnalysisPriorityConfig now = client.analysisPriority().config(0);
 * client.analysisPriority().replaceConfig(0,
 *     AnalysisPriorityConfigUpdate.builder().from(now).advancedRule("device_group", 12, "servers").build());
 * }</pre>
 */
public final class AnalysisPriorityConfigUpdate extends RequestBody {
  private AnalysisPriorityConfigUpdate(Builder builder) {
    super(builder);
  }

  /** A builder with no field set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this body's fields, to build a variant. */
  public Builder toBuilder() {
    return copyInto(new Builder()).restore();
  }

  /** Builds an {@link AnalysisPriorityConfigUpdate}. */
  public static final class Builder extends RequestBody.Builder<Builder> {
    private final List<Map<String, Object>> advanced = new ArrayList<>();
    private final List<Map<String, Object>> standard = new ArrayList<>();

    private Builder() {}

    /** Takes up the rules of a copied body, so that more can be added. */
    private Builder restore() {
      advanced.addAll(rulesOf(get("advanced_rules")));
      standard.addAll(rulesOf(get("standard_rules")));
      return this;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rulesOf(Object value) {
      return value instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }

    /**
     * Every field of {@code config}, the rules in force: the two autofill switches, both rule lists
     * (which later {@code advancedRule}/{@code standardRule} calls extend) and the fields this
     * release does not know.
     */
    public Builder from(AnalysisPriorityConfig config) {
      Validate.notNull(config, "config");
      config.unknownFields().forEach(this::field);
      if (config.autofillAdvanced() != null) {
        autofillAdvanced(config.autofillAdvanced());
      }
      if (config.autofillStandard() != null) {
        autofillStandard(config.autofillStandard());
      }
      advanced.clear();
      standard.clear();
      config.advancedRules().forEach(r -> advanced.add(rule(r)));
      config.standardRules().forEach(r -> standard.add(rule(r)));
      set("advanced_rules", List.copyOf(advanced));
      return set("standard_rules", List.copyOf(standard));
    }

    /** Whether the sensor fills the rest of its advanced analysis capacity itself. */
    public Builder autofillAdvanced(boolean autofill) {
      return set("autofill_advanced", autofill);
    }

    /** Whether the sensor fills the rest of its standard analysis capacity itself. */
    public Builder autofillStandard(boolean autofill) {
      return set("autofill_standard", autofill);
    }

    /**
     * Adds a group whose devices get advanced analysis, after the ones added before: {@code type}
     * is {@code device_group} or {@code activity_group}, {@code objectId} the group's id.
     */
    public Builder advancedRule(String type, long objectId, String description) {
      advanced.add(rule(type, objectId, description));
      return set("advanced_rules", List.copyOf(advanced));
    }

    /**
     * Adds a group whose devices get standard analysis, after the ones added before: {@code type}
     * is {@code device_group} or {@code activity_group}, {@code objectId} the group's id.
     */
    public Builder standardRule(String type, long objectId, String description) {
      standard.add(rule(type, objectId, description));
      return set("standard_rules", List.copyOf(standard));
    }

    /** Empties the advanced list: sends {@code advanced_rules} as an empty array. */
    public Builder clearAdvancedRules() {
      advanced.clear();
      return set("advanced_rules", List.of());
    }

    /** Empties the standard list: sends {@code standard_rules} as an empty array. */
    public Builder clearStandardRules() {
      standard.clear();
      return set("standard_rules", List.of());
    }

    private static Map<String, Object> rule(AnalysisPriorityRule r) {
      Map<String, Object> rule = new LinkedHashMap<>(r.unknownFields());
      rule.put("type", r.type());
      rule.put("object_id", r.objectId());
      if (r.description() != null) {
        rule.put("description", r.description());
      }
      return Collections.unmodifiableMap(rule);
    }

    private static Map<String, Object> rule(String type, long objectId, String description) {
      Validate.notBlank(type, "type");
      Validate.nonNegative(objectId, "object_id");
      Map<String, Object> rule = new LinkedHashMap<>();
      rule.put("type", type);
      rule.put("object_id", objectId);
      if (description != null) {
        rule.put("description", description);
      }
      return Collections.unmodifiableMap(rule);
    }

    /**
     * The body.
     *
     * @throws IllegalArgumentException when no field is set
     */
    public AnalysisPriorityConfigUpdate build() {
      requireAny("AnalysisPriorityConfigUpdate");
      return new AnalysisPriorityConfigUpdate(this);
    }
  }
}
