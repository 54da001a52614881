package io.netobs.testing;

import io.netobs.testing.internal.CatalogueFile;
import io.netobs.testing.internal.PathPattern;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every operation of one service, as listed in the operation catalogues bundled with this module,
 * and the matching of a concrete request to its operation. ExtraHop's are the 322 operations of the
 * REST API guide ({@code catalogue/extrahop-operations.tsv}) followed by those of today's REST API
 * that the guide lacks ({@code catalogue/extrahop-current-operations.tsv}); Kentik's are in {@code
 * catalogue/kentik-operations.tsv}.
 *
 * <p>Clients' coverage tests compare the operations seen in a {@link Journal} with this list:
 *
 * <pre>{@code
 * Set<String> seen = fake.journal().operationCounts().keySet();
 * List<Catalogue.Operation> missing = Catalogue.kentik().missing(seen);
 * }</pre>
 *
 * <p>Matching: a {@code {param}} segment of the catalogue matches one non-empty segment, and where
 * two operations match one path, the one with a literal segment first wins ({@code POST
 * /activitymaps/query} is not {@code POST /activitymaps/{id}}). Instances are immutable and
 * thread-safe.
 */
public final class Catalogue {
  private static final String EXTRAHOP_PREFIX = "/api/v1";
  private static final String KENTIK_PREFIX = "/api/v5";

  private final String service;
  private final String basePath;
  private final List<Operation> operations;

  /** One compiled pattern per distinct path template, in catalogue order. */
  private final Map<String, PathPattern> templates = new LinkedHashMap<>();

  /**
   * The templates of operations served from the server's root rather than under {@link #basePath()}
   * (Kentik's v6 services, e.g. {@code /synthetics/v202309/tests}).
   */
  private final Set<String> rootedTemplates;

  private Catalogue(
      String service, String basePath, List<Operation> operations, Set<String> rootedTemplates) {
    this.service = service;
    this.basePath = basePath;
    this.operations = List.copyOf(operations);
    this.rootedTemplates = Set.copyOf(rootedTemplates);
    operations.forEach(op -> templates.computeIfAbsent(op.path(), PathPattern::compile));
  }

  /**
   * The operations of the ExtraHop REST API, the guide's and today's (paths relative to {@code
   * /api/v1}).
   */
  public static Catalogue extraHop() {
    return Loaded.EXTRAHOP;
  }

  /**
   * The operations of the Kentik APIs this project covers: V5's (paths relative to {@code /api/v5})
   * and the v6 services' (paths from the server's root, starting with the service and its version,
   * e.g. {@code /synthetics/v202309/tests}).
   */
  public static Catalogue kentik() {
    return Loaded.KENTIK;
  }

  /**
   * Finds the operation of a request to either service, chosen by the path's prefix ({@code
   * /api/v1} for ExtraHop, {@code /api/v5} for Kentik).
   *
   * @param method the HTTP method
   * @param fullPath the request path including its {@code /api/vN} prefix
   * @return the operation, or empty when the path is not under either prefix or matches nothing
   */
  public static Optional<Operation> lookup(String method, String fullPath) {
    if (startsWithSegment(fullPath, EXTRAHOP_PREFIX)) {
      return extraHop().match(method, fullPath);
    }
    if (startsWithSegment(fullPath, KENTIK_PREFIX)) {
      return kentik().match(method, fullPath);
    }
    return kentik().matchRooted(method, fullPath);
  }

  /** The service name: {@code "extrahop"} or {@code "kentik"}. */
  public String service() {
    return service;
  }

  /**
   * The prefix under which the service serves these paths, {@code /api/v1} or {@code /api/v5};
   * Kentik's v6 operations are served from the root instead.
   */
  public String basePath() {
    return basePath;
  }

  /** All operations, in catalogue order. */
  public List<Operation> operations() {
    return operations;
  }

  /** The number of operations. */
  public int size() {
    return operations.size();
  }

  /**
   * Matches a request to its operation. The path is resolved first, whatever the method: the most
   * specific template that matches it wins, so {@code GET /activitymaps/query} matches nothing
   * rather than {@code GET /activitymaps/{id}}. Then the method must be one the template offers.
   *
   * @param method the HTTP method, in any case
   * @param path a concrete path, with or without this service's {@code /api/vN} prefix; a query is
   *     ignored
   * @return the operation, or empty when none matches
   */
  public Optional<Operation> match(String method, String path) {
    return operationOf(method, template(path));
  }

  /** As {@link #match}, among the operations served from the server's root only. */
  Optional<Operation> matchRooted(String method, String path) {
    return rootedTemplates.isEmpty()
        ? Optional.empty()
        : operationOf(method, bestTemplate(withoutQuery(path), true));
  }

  private Optional<Operation> operationOf(String method, PathPattern template) {
    if (template == null) {
      return Optional.empty();
    }
    String upper = method.toUpperCase(Locale.ROOT);
    return operations.stream()
        .filter(op -> op.path().equals(template.source()) && op.method().equals(upper))
        .findFirst();
  }

  /** Whether some operation, of any method, serves this path (to tell 404 from 405). */
  public boolean knowsPath(String path) {
    return template(path) != null;
  }

  /**
   * The template of a path under the base path (or relative to it), or else of one served from the
   * root.
   */
  private PathPattern template(String path) {
    String plain = withoutQuery(path);
    if (startsWithSegment(plain, basePath)) {
      return bestTemplate(plain.substring(basePath.length()), false);
    }
    PathPattern rooted = rootedTemplates.isEmpty() ? null : bestTemplate(plain, true);
    return rooted != null ? rooted : bestTemplate(plain, false);
  }

  private PathPattern bestTemplate(String relativePath, boolean rooted) {
    List<String> segments = PathPattern.segments(relativePath);
    PathPattern best = null;
    for (PathPattern template : templates.values()) {
      if (rootedTemplates.contains(template.source()) == rooted
          && template.matches(segments)
          && (best == null || PathPattern.bySpecificity(template, best) < 0)) {
        best = template;
      }
    }
    return best;
  }

  /**
   * The operations whose {@link Operation#key() key} is not among {@code coveredKeys}, e.g. the
   * keys of {@link Journal#operationCounts()}.
   */
  public List<Operation> missing(Collection<String> coveredKeys) {
    Set<String> covered = Set.copyOf(coveredKeys);
    return operations.stream()
        .filter(op -> !covered.contains(op.key()))
        .collect(Collectors.toUnmodifiableList());
  }

  /** The operation with this key (e.g. {@code "GET /tags"}), if any. */
  public Optional<Operation> operation(String key) {
    return operations.stream().filter(op -> op.key().equals(key)).findFirst();
  }

  /** The path without this service's prefix, and without a query. */
  String relativePath(String path) {
    String plain = withoutQuery(path);
    return startsWithSegment(plain, basePath) ? plain.substring(basePath.length()) : plain;
  }

  private static String withoutQuery(String path) {
    return path.indexOf('?') < 0 ? path : path.substring(0, path.indexOf('?'));
  }

  @Override
  public String toString() {
    return "Catalogue[" + service + ", " + operations.size() + " operations]";
  }

  private static boolean startsWithSegment(String path, String prefix) {
    return path.startsWith(prefix)
        && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/');
  }

  /**
   * One operation of a service.
   *
   * @param service {@code "extrahop"} or {@code "kentik"}
   * @param resource the resource group, e.g. {@code "tags"}
   * @param method the HTTP method, upper case
   * @param path the path template relative to the service's base path, e.g. {@code /tags/{id}}
   * @param description what the operation does
   * @param note where the live service or the catalogue differs from the reference, or empty
   */
  public record Operation(
      String service,
      String resource,
      String method,
      String path,
      String description,
      String note) {
    /** Validates the row. */
    public Operation {
      Objects.requireNonNull(service, "service");
      Objects.requireNonNull(resource, "resource");
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(path, "path");
      description = description == null ? "" : description;
      note = note == null ? "" : note;
    }

    /**
     * {@code METHOD path}, e.g. {@code "POST /tags/{id}/devices/{childId}"}: how journals name
     * operations.
     */
    public String key() {
      return method + " " + path;
    }

    /**
     * The values of the path's placeholders in a concrete path (relative, or with the service's
     * prefix), e.g. {@code {id=7, childId=9}}; empty when the path does not match.
     */
    public Map<String, String> pathParameters(String concretePath) {
      Catalogue catalogue = service.equals("kentik") ? kentik() : extraHop();
      PathPattern template = catalogue.templates.get(path);
      Map<String, String> values =
          (template != null ? template : PathPattern.compile(path))
              .extract(catalogue.relativePath(concretePath));
      return values == null ? Map.of() : values;
    }
  }

  /** Loaded on first use; immutable afterwards. */
  private static final class Loaded {
    /** Files whose paths start at the server's root rather than under the base path. */
    private static final Set<String> ROOTED = Set.of("catalogue/kentik-v6-operations.tsv");

    static final Catalogue EXTRAHOP =
        load(
            "extrahop",
            EXTRAHOP_PREFIX,
            "catalogue/extrahop-operations.tsv",
            "catalogue/extrahop-current-operations.tsv");
    static final Catalogue KENTIK =
        load(
            "kentik",
            KENTIK_PREFIX,
            "catalogue/kentik-operations.tsv",
            "catalogue/kentik-v6-operations.tsv");

    private static Catalogue load(String service, String basePath, String... resources) {
      List<Operation> operations = new ArrayList<>();
      Set<String> rooted = new HashSet<>();
      for (String resource : resources) {
        for (CatalogueFile.Row row : CatalogueFile.read("/io/netobs/testing/" + resource)) {
          operations.add(
              new Operation(
                  service,
                  row.resource(),
                  row.method(),
                  row.path(),
                  row.description(),
                  row.note()));
          if (ROOTED.contains(resource)) {
            rooted.add(row.path());
          }
        }
      }
      return new Catalogue(service, basePath, operations, rooted);
    }
  }
}
