package io.netobs.testing.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The tags of a company, or the populators of one custom dimension: rules of a value (a tag name, a
 * populator value), a direction and {@link MatchFields canonical match fields}, each with an id.
 *
 * <p>Built to hold a million rules from the Batch API: a rule is one small object and one string;
 * ids are found by binary search in parallel arrays; identical rules (same value, direction and
 * fields) are found through a hash index; the rules of one value are chained for the Batch API's
 * deletes. Not thread-safe: the Kentik fake guards it with its own lock. Not part of the public
 * API.
 */
public final class RuleStore {
  private long[] ids = new long[16];
  private Rule[] rules = new Rule[16];
  private int used;
  private int live;
  private final Map<Rule, Rule> byIdentity = new HashMap<>();
  private final Map<String, Rule> firstByValue = new HashMap<>();

  /** Rules identical to an indexed one (the Tag API allows them); 0 in any batch-built store. */
  private int unindexedDuplicates;

  /** One tag or populator. Its value, direction and fields change only through the store. */
  public static final class Rule {
    private final long id;
    private String value;
    private String direction;
    private String fields;
    private final long createdMicros;
    private long updatedMicros;
    private int touchedBy;
    private int hash;
    private Rule previousOfValue;
    private Rule nextOfValue;

    private Rule(long id, String value, String direction, String fields, long createdMicros) {
      this.id = id;
      this.value = value;
      this.direction = direction;
      this.fields = fields;
      this.createdMicros = createdMicros;
      this.updatedMicros = createdMicros;
      rehash();
    }

    private void rehash() {
      hash = (value.hashCode() * 31 + Objects.hashCode(direction)) * 31 + fields.hashCode();
    }

    /** The tag's or populator's id. */
    public long id() {
      return id;
    }

    /** The tag name, or the populator value. */
    public String value() {
      return value;
    }

    /** The direction as sent (case kept), or null (tags). */
    public String direction() {
      return direction;
    }

    /** The canonical match fields. */
    public String fields() {
      return fields;
    }

    /** When the rule was created, in microseconds since the epoch. */
    public long createdMicros() {
      return createdMicros;
    }

    /** When the rule last changed, in microseconds since the epoch. */
    public long updatedMicros() {
      return updatedMicros;
    }

    /** The batch operation that last upserted this rule, or 0. */
    public int touchedBy() {
      return touchedBy;
    }

    /** Marks the rule as upserted by batch operation {@code batch}. */
    public void touch(int batch) {
      touchedBy = batch;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Rule other
          && hash == other.hash
          && value.equals(other.value)
          && Objects.equals(direction, other.direction)
          && fields.equals(other.fields);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  /** The number of rules. */
  public int size() {
    return live;
  }

  /** The rule with this id, or null. */
  public Rule get(long id) {
    int index = Arrays.binarySearch(ids, 0, used, id);
    return index < 0 ? null : rules[index];
  }

  /** A rule identical to the one described, or null. */
  public Rule findIdentical(String value, String direction, String fields) {
    return byIdentity.get(new Rule(0, value, direction, fields, 0));
  }

  /** Whether any rule has this value. */
  public boolean hasValue(String value) {
    return firstByValue.containsKey(value);
  }

  /** Adds a rule. Ids must grow: every store of one fake draws them from one increasing counter. */
  public Rule add(long id, String value, String direction, String fields, long nowMicros) {
    if (used > 0 && id <= ids[used - 1]) {
      throw new IllegalArgumentException("ids must grow: " + id + " after " + ids[used - 1]);
    }
    Rule rule = new Rule(id, value, direction, fields, nowMicros);
    if (used == ids.length) {
      compactOrGrow();
    }
    ids[used] = id;
    rules[used] = rule;
    used++;
    live++;
    index(rule);
    return rule;
  }

  /** Changes a rule's value, direction or fields. */
  public void update(Rule rule, String value, String direction, String fields, long nowMicros) {
    unindex(rule);
    rule.value = value;
    rule.direction = direction;
    rule.fields = fields;
    rule.updatedMicros = nowMicros;
    rule.rehash();
    index(rule);
  }

  /** Removes a rule; false when it was not here. */
  public boolean remove(Rule rule) {
    int index = Arrays.binarySearch(ids, 0, used, rule.id);
    if (index < 0 || rules[index] != rule) {
      return false;
    }
    removeAt(index);
    return true;
  }

  private void removeAt(int index) {
    Rule rule = rules[index];
    rules[index] = null;
    live--;
    unindex(rule);
  }

  /** Removes every rule with this value; returns how many. */
  public int removeValue(String value) {
    int removed = 0;
    for (Rule rule = firstByValue.get(value); rule != null; ) {
      Rule next = rule.nextOfValue;
      remove(rule);
      removed++;
      rule = next;
    }
    return removed;
  }

  /** Removes every rule that batch operation {@code batch} did not upsert; returns how many. */
  public int removeUntouchedBy(int batch) {
    int removed = 0;
    for (int i = 0; i < used; i++) {
      Rule rule = rules[i];
      if (rule != null && rule.touchedBy != batch) {
        removeAt(i);
        removed++;
      }
    }
    return removed;
  }

  /** Visits every rule in id order. */
  public void forEach(Consumer<Rule> visitor) {
    for (int i = 0; i < used; i++) {
      if (rules[i] != null) {
        visitor.accept(rules[i]);
      }
    }
  }

  /** Removes every rule. */
  public void clear() {
    ids = new long[16];
    rules = new Rule[16];
    used = 0;
    live = 0;
    byIdentity.clear();
    firstByValue.clear();
    unindexedDuplicates = 0;
  }

  private void index(Rule rule) {
    if (byIdentity.putIfAbsent(rule, rule) != null) {
      unindexedDuplicates++;
    }
    Rule first = firstByValue.get(rule.value);
    rule.previousOfValue = null;
    rule.nextOfValue = first;
    if (first != null) {
      first.previousOfValue = rule;
    }
    firstByValue.put(rule.value, rule);
  }

  private void unindex(Rule rule) {
    if (rule.previousOfValue != null) {
      rule.previousOfValue.nextOfValue = rule.nextOfValue;
    } else if (rule.nextOfValue != null) {
      firstByValue.put(rule.value, rule.nextOfValue);
    } else {
      firstByValue.remove(rule.value);
    }
    if (rule.nextOfValue != null) {
      rule.nextOfValue.previousOfValue = rule.previousOfValue;
    }
    rule.previousOfValue = null;
    rule.nextOfValue = null;
    if (byIdentity.get(rule) != rule) {
      unindexedDuplicates--;
    } else {
      byIdentity.remove(rule);
      if (unindexedDuplicates > 0) {
        // Another identical rule, if any, takes over the index.
        for (Rule other = firstByValue.get(rule.value); other != null; other = other.nextOfValue) {
          if (other.equals(rule)) {
            byIdentity.put(other, other);
            unindexedDuplicates--;
            break;
          }
        }
      }
    }
  }

  private void compactOrGrow() {
    if (live < used / 2) {
      int kept = 0;
      for (int i = 0; i < used; i++) {
        if (rules[i] != null) {
          ids[kept] = ids[i];
          rules[kept] = rules[i];
          kept++;
        }
      }
      Arrays.fill(rules, kept, used, null);
      used = kept;
    } else {
      ids = Arrays.copyOf(ids, ids.length * 2);
      rules = Arrays.copyOf(rules, rules.length * 2);
    }
  }
}
