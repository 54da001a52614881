package io.netobs.testing.tools;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A developer tool for taking a new version of a Kentik v6 service: reads the service's OpenAPI v2
 * document (as Kentik publishes them, one per service and version) and prints
 *
 * <ul>
 *   <li>its operations as rows of the Kentik v6 catalogue ({@code resource, method, path,
 *       description, note}, tab-separated), with path parameters given simple names ({@code
 *       {export.id}} becomes {@code {id}}, {@code {test_id}} becomes {@code {testId}});
 *   <li>with a model package, for each definition of the document that has fields: the record of
 *       that package with the definition's name less its version ({@code v202506CloudExport} is
 *       {@code CloudExport}), and the fields the record lacks (compared by {@code @JsonProperty}
 *       names, else component names), or that no such record exists.
 * </ul>
 *
 * <p>Run it on the class path of the model classes, e.g.
 *
 * <pre>
 * java -cp kentik-client/target/classes:src-test-fixtures/target/classes:$(cat cp.txt) \
 *     io.netobs.testing.tools.OpenApiSurvey cloud_export.swagger.json io.netobs.kentik.cloudexport.model
 * </pre>
 *
 * The output is a starting point to review: descriptions are the document's summaries and should be
 * put in our own words before they go into the catalogue.
 */
public final class OpenApiSurvey {
  private static final Pattern VERSION = Pattern.compile("^v\\d{6}(?:alpha|beta)?\\d*");
  private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
  private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

  private OpenApiSurvey() {}

  /**
   * Prints the survey of the document at {@code args[0]}, comparing with the records of package
   * {@code args[1]} when given.
   *
   * @param args the document's path, and optionally a model package
   * @throws IOException when the document cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: OpenApiSurvey <openapi-v2.json> [model package]");
      System.exit(2);
    }
    survey(Path.of(args[0]), args.length == 2 ? args[1] : null).forEach(System.out::println);
  }

  /**
   * The lines {@link #main} prints.
   *
   * @param document an OpenAPI v2 document (JSON)
   * @param modelPackage the package of the model records to compare with, or null
   * @return the catalogue rows, then the model comparison
   * @throws IOException when the document cannot be read
   */
  public static List<String> survey(Path document, String modelPackage) throws IOException {
    JsonNode root = new ObjectMapper().readTree(Files.readAllBytes(document));
    List<String> lines = new ArrayList<>();
    lines.add("# " + root.path("info").path("title").asText() + " " + version(root));
    for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields();
        paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      for (String method : METHODS) {
        JsonNode operation = path.getValue().get(method);
        if (operation != null) {
          lines.add(
              String.join(
                  "\t",
                  resource(path.getKey()),
                  method.toUpperCase(Locale.ROOT),
                  simplePath(path.getKey()),
                  operation.path("summary").asText(operation.path("operationId").asText()),
                  ""));
        }
      }
    }
    if (modelPackage != null) {
      for (Iterator<Map.Entry<String, JsonNode>> definitions = root.path("definitions").fields();
          definitions.hasNext(); ) {
        Map.Entry<String, JsonNode> definition = definitions.next();
        JsonNode properties = definition.getValue().path("properties");
        if (properties.isObject() && properties.size() > 0) {
          lines.add(compare(definition.getKey(), properties, modelPackage));
        }
      }
    }
    return lines;
  }

  private static String version(JsonNode root) {
    return root.path("info").path("version").asText("");
  }

  /** The first segment of a path, without underscores: {@code /cloud_export/...} is cloudexport. */
  static String resource(String path) {
    String first = path.substring(1).split("/", 2)[0];
    return first.replace("_", "").toLowerCase(Locale.ROOT);
  }

  /** Path parameters with simple names: the part after the last dot, in lower camel case. */
  static String simplePath(String path) {
    Matcher m = PARAMETER.matcher(path);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      name = name.substring(name.lastIndexOf('.') + 1);
      StringBuilder camel = new StringBuilder();
      boolean upper = false;
      for (char c : name.toCharArray()) {
        if (c == '_') {
          upper = true;
        } else {
          camel.append(upper ? Character.toUpperCase(c) : c);
          upper = false;
        }
      }
      m.appendReplacement(out, Matcher.quoteReplacement("{" + camel + "}"));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String compare(String definition, JsonNode properties, String modelPackage) {
    String simple = VERSION.matcher(definition).replaceFirst("");
    Class<?> type = load(modelPackage + "." + simple);
    if (type == null) {
      // the "package" may be a class holding the records
      type = load(modelPackage + "$" + simple);
    }
    if (type == null) {
      return definition + ": no record " + simple + " in " + modelPackage;
    }
    if (!type.isRecord()) {
      return definition + ": " + type.getName() + " is not a record";
    }
    Set<String> known = new LinkedHashSet<>();
    for (RecordComponent component : type.getRecordComponents()) {
      known.add(jsonName(type, component));
    }
    Set<String> missing = new TreeSet<>();
    properties
        .fieldNames()
        .forEachRemaining(
            name -> {
              if (!known.contains(name)) {
                missing.add(name);
              }
            });
    return definition
        + " -> "
        + type.getSimpleName()
        + (missing.isEmpty() ? ": every field" : ": lacks " + String.join(", ", missing));
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      return null;
    }
  }

  private static String jsonName(Class<?> type, RecordComponent component) {
    try {
      Field field = type.getDeclaredField(component.getName());
      JsonProperty property = field.getAnnotation(JsonProperty.class);
      if (property != null && !property.value().isEmpty()) {
        return property.value();
      }
    } catch (NoSuchFieldException e) {
      // a record always has a field per component; fall back to the component's name
    }
    JsonProperty onAccessor = component.getAccessor().getAnnotation(JsonProperty.class);
    return onAccessor != null && !onAccessor.value().isEmpty()
        ? onAccessor.value()
        : component.getName();
  }
}
