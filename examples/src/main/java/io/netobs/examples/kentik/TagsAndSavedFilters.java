package io.netobs.examples.kentik;

import io.netobs.examples.Example;
import io.netobs.examples.Options;
import io.netobs.examples.Printer;
import io.netobs.examples.Runner;
import io.netobs.examples.Table;
import io.netobs.kentik.KentikClient;
import io.netobs.kentik.model.Filter;
import io.netobs.kentik.model.FilterGroup;
import io.netobs.kentik.model.FilterSet;
import io.netobs.kentik.model.FlowTag;
import io.netobs.kentik.model.MatchField;
import io.netobs.kentik.model.SavedFilter;
import io.netobs.kentik.request.FlowTagCreate;
import io.netobs.kentik.request.FlowTagUpdate;
import io.netobs.kentik.request.SavedFilterCreate;
import io.netobs.kentik.request.SavedFilterUpdate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Manages a flow tag and a saved filter through their whole life: create, list, update, delete.
 * Both are deleted at the end, so the program leaves an account as it found it.
 */
public final class TagsAndSavedFilters {
  /** The flow tag's name (2 to 20 letters, digits, hyphens or underscores). */
  public static final String TAG_NAME = "netobs_example_web";

  /** The saved filter's name. */
  public static final String FILTER_NAME = "netobs_example_no_rfc1918";

  /** This program, as the tour runs it. */
  public static final Example EXAMPLE =
      Example.kentik(
          "Flow tags and a saved filter: create, list, update, delete",
          TagsAndSavedFilters.class,
          TagsAndSavedFilters::run);

  private TagsAndSavedFilters() {}

  /** Runs this program on its own, against the real service or a fake (README.md, "Examples"). */
  public static void main(String[] args) {
    Runner.main(
        args,
        "java -cp netobs-examples.jar " + TagsAndSavedFilters.class.getName(),
        List.of(EXAMPLE));
  }

  /** Creates, lists, updates and deletes a flow tag, then a saved filter. */
  public static void run(KentikClient kentik, Printer out, Options options) {
    if (!options.changesAllowed()) {
      out.line(
          "Flow tags: %,d; saved filters: %,d",
          kentik.flowTags().list().size(), kentik.savedFilters().list().size());
      out.wouldDo(
          "create the flow tag %s and the saved filter %s, list, update and delete them",
          TAG_NAME, FILTER_NAME);
      return;
    }

    // Flow tag: traffic of the web tier.
    FlowTag tag =
        kentik
            .flowTags()
            .create(
                FlowTagCreate.builder().flowTag(TAG_NAME).addr("10.20.0.0/24").port("443").build());
    out.line("Created flow tag %s (id %d)", tag.flowTag(), tag.id());
    printTags(out, kentik.flowTags().list());
    FlowTag updated =
        kentik.flowTags().update(tag.id(), FlowTagUpdate.builder().port("443,8443").build());
    out.line("Updated flow tag %d: port %s", updated.id(), updated.match(MatchField.PORT));
    kentik.flowTags().delete(tag.id());
    out.line("Deleted flow tag %d", tag.id());

    // Saved filter: leave out traffic from private address space.
    SavedFilter filter =
        kentik
            .savedFilters()
            .create(
                SavedFilterCreate.builder()
                    .filterName(FILTER_NAME)
                    .filterDescription("Traffic from public addresses only")
                    .filters(
                        FilterSet.of(
                            "All",
                            FilterGroup.of(
                                "Any",
                                true,
                                Filter.of("inet_src_addr", "ILIKE", "10.0.0.0/8"),
                                Filter.of("inet_src_addr", "ILIKE", "172.16.0.0/12"),
                                Filter.of("inet_src_addr", "ILIKE", "192.168.0.0/16"))))
                    .build());
    out.line("Created saved filter %s (id %d)", filter.filterName(), filter.id());
    Table filters = out.table("id", "name", "description");
    kentik
        .savedFilters()
        .list()
        .forEach(f -> filters.row(Long.toString(f.id()), f.filterName(), f.filterDescription()));
    filters.print();
    // The Saved Filter API replaces the whole filter: send back what was read, with the change.
    SavedFilter renamed =
        kentik
            .savedFilters()
            .update(
                filter.id(),
                SavedFilterUpdate.builder()
                    .from(filter)
                    .filterDescription("Traffic from public addresses only (RFC 1918 left out)")
                    .build());
    out.line("Updated saved filter %d: \"%s\"", renamed.id(), renamed.filterDescription());
    kentik.savedFilters().delete(filter.id());
    out.line("Deleted saved filter %d", filter.id());
  }

  private static void printTags(Printer out, List<FlowTag> tags) {
    Table table = out.table("id", "flow tag", "match");
    for (FlowTag tag : tags) {
      table.row(
          Long.toString(tag.id()),
          tag.flowTag(),
          tag.matchFields().entrySet().stream()
              .map(field -> field.getKey().name().toLowerCase(Locale.ROOT) + "=" + field.getValue())
              .collect(Collectors.joining(" ")));
    }
    table.print();
  }
}
