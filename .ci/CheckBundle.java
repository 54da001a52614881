import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks a Maven Central bundle (the zip the release profile writes) against what Central requires
 * and against the project's own POMs, so that a release cannot go out with a file missing.
 *
 * <pre>
 *   java .ci/CheckBundle.java [--unsigned] [BUNDLE]
 * </pre>
 *
 * BUNDLE is the Central Portal bundle zip or a directory in Maven repository layout (what
 * .ci/check-release-bundle stages); it defaults to target/central-publishing/central-bundle.zip.
 * Run from the repository root.
 *
 * <p>What is published is read from the POMs, so that a module added later is checked without
 * changing this file: the root POM and every module it lists, except those that set
 * {@code maven.deploy.skip} to true (examples, benchmarks). For each published module the bundle must
 * hold its POM and, unless it is a POM-only module, its jar, sources jar, Javadoc jar and every
 * jar its shade plugin attaches (shadedClassifierName) and its test-jar if it makes one; each file with its .md5 and .sha1 and,
 * unless --unsigned, its .asc signature. Nothing else may be in it. Each POM, with what it inherits
 * from the root POM (as Maven inherits it, appending the artifactId to url and scm unless the root
 * says not to), must have a name, a description, the project's url, a licence with name and url,
 * a developer, and scm connection, developerConnection and url equal to the root's. A sources jar
 * must hold .java files, a Javadoc jar an index.html, a jar a class or a manifest.
 *
 * <p>Exits 0 and prints one line per module when all is well; prints every problem and exits 1
 * otherwise.
 */
public class CheckBundle {
  private static final List<String> problems = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    boolean signed = true;
    Path bundle = Path.of("target/central-publishing/central-bundle.zip");
    for (String arg : args) {
      if (arg.equals("--unsigned")) {
        signed = false;
      } else {
        bundle = Path.of(arg);
      }
    }
    if (!Files.exists(bundle)) {
      System.err.println(
          "No bundle at " + bundle + ": .ci/check-release-bundle builds one and checks it");
      System.exit(1);
    }

    Element root = parse(Files.readAllBytes(Path.of("pom.xml")));
    String groupId = text(root, "groupId");
    // A bundle holds release versions only (.ci/check-release-bundle builds one from a snapshot tree).
    String version = text(root, "version").replaceFirst("-SNAPSHOT$", "");
    Expected parent = new Expected(text(root, "artifactId"), "pom", List.of());
    List<Expected> expected = new ArrayList<>(List.of(parent));
    for (Element module : children(child(root, "modules"), "module")) {
      Element pom = parse(Files.readAllBytes(Path.of(module.getTextContent().trim(), "pom.xml")));
      Element props = child(pom, "properties");
      if (props != null && "true".equals(text(props, "maven.deploy.skip"))) {
        continue;
      }
      String packaging = text(pom, "packaging");
      List<String> classifiers = new ArrayList<>();
      // A shadedClassifierName anywhere in the module's build: a shaded jar attached beside the main one.
      var list = pom.getElementsByTagName("shadedClassifierName");
      for (int i = 0; i < list.getLength(); i++) {
        classifiers.add(list.item(i).getTextContent().trim());
      }
      // A test-jar goal: the "tests" jar, attached and published with the module.
      var goals = pom.getElementsByTagName("goal");
      for (int i = 0; i < goals.getLength(); i++) {
        if (goals.item(i).getTextContent().trim().equals("test-jar")) {
          classifiers.add("tests");
        }
      }
      expected.add(
          new Expected(
              text(pom, "artifactId"), packaging == null ? "jar" : packaging, classifiers));
    }

    // Every file of the bundle, by artifactId.
    Map<String, byte[]> entries = new TreeMap<>();
    if (Files.isDirectory(bundle)) {
      try (var walk = Files.walk(bundle)) {
        for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
          entries.put(bundle.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
        }
      }
    } else {
      try (ZipFile zip = new ZipFile(bundle.toFile())) {
        for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
          if (!entry.isDirectory()) {
            try (InputStream in = zip.getInputStream(entry)) {
              entries.put(entry.getName(), in.readAllBytes());
            }
          }
        }
      }
    }
    Map<String, Map<String, byte[]>> byArtifact = new TreeMap<>();
    String prefix = groupId.replace('.', '/') + "/";
    for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
      String name = entry.getKey();
      if (name.contains("maven-metadata")) {
        continue; // written by a deploy to a directory; not part of a Central bundle
      }
      if (!name.startsWith(prefix)) {
        problems.add("entry outside " + prefix + ": " + name);
        continue;
      }
      String[] parts = name.substring(prefix.length()).split("/");
      if (parts.length != 3 || !parts[1].equals(version)) {
        problems.add("entry not at " + prefix + "<artifactId>/" + version + "/: " + name);
        continue;
      }
      byArtifact.computeIfAbsent(parts[0], k -> new LinkedHashMap<>()).put(parts[2], entry.getValue());
    }

    TreeSet<String> unexpected = new TreeSet<>(byArtifact.keySet());
    for (Expected module : expected) {
      unexpected.remove(module.artifactId);
      Map<String, byte[]> files = byArtifact.getOrDefault(module.artifactId, Map.of());
      String base = module.artifactId + "-" + version;
      List<String> wanted = new ArrayList<>(List.of(base + ".pom"));
      if (!module.packaging.equals("pom")) {
        wanted.add(base + ".jar");
        wanted.add(base + "-sources.jar");
        wanted.add(base + "-javadoc.jar");
        for (String classifier : module.classifiers) {
          wanted.add(base + "-" + classifier + ".jar");
        }
      }
      TreeSet<String> extra = new TreeSet<>(files.keySet());
      for (String file : wanted) {
        List<String> withSums = new ArrayList<>(List.of(file, file + ".md5", file + ".sha1"));
        if (signed) {
          withSums.add(file + ".asc");
          withSums.add(file + ".asc.md5");
          withSums.add(file + ".asc.sha1");
        }
        for (String f : withSums) {
          if (!files.containsKey(f)) {
            // The signature's own checksums are optional for Central; the rest are not.
            if (!f.endsWith(".asc.md5") && !f.endsWith(".asc.sha1")) {
              problems.add(module.artifactId + ": missing " + f);
            }
          }
        }
        extra.removeIf(f -> f.startsWith(file) && !f.substring(file.length()).contains("-"));
        if (files.containsKey(file)) {
          checkContent(module.artifactId, file, files.get(file));
        }
      }
      extra.removeIf(f -> f.endsWith(".sha256") || f.endsWith(".sha512"));
      for (String f : extra) {
        problems.add(module.artifactId + ": unexpected file " + f);
      }
      if (files.containsKey(base + ".pom")) {
        checkPom(module.artifactId, parse(files.get(base + ".pom")), root, module == parent);
      }
      System.out.println(
          module.artifactId
              + ": "
              + wanted.size()
              + (wanted.size() == 1 ? " file" : " files")
              + (signed ? ", signed" : "")
              + ", with checksums");
    }
    for (String artifact : unexpected) {
      problems.add("published but not expected (maven.deploy.skip is set, or not a module): " + artifact);
    }

    if (!problems.isEmpty()) {
      System.err.println("The bundle " + bundle + " is not complete:");
      problems.forEach(p -> System.err.println("  - " + p));
      System.exit(1);
    }
    System.out.println("Bundle " + bundle + " is complete: " + expected.size() + " modules.");
  }

  private record Expected(String artifactId, String packaging, List<String> classifiers) {}

  private static void checkContent(String artifact, String file, byte[] bytes) throws IOException {
    if (!file.endsWith(".jar")) {
      return;
    }
    boolean java = false;
    boolean index = false;
    boolean content = false;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        java |= e.getName().endsWith(".java");
        index |= e.getName().equals("index.html");
        content |= e.getName().endsWith(".class") || e.getName().equals("META-INF/MANIFEST.MF");
      }
    }
    if (file.endsWith("-sources.jar") && !java) {
      problems.add(artifact + ": " + file + " holds no .java file");
    } else if (file.endsWith("-javadoc.jar") && !index) {
      problems.add(artifact + ": " + file + " holds no index.html");
    } else if (!content) {
      problems.add(artifact + ": " + file + " holds no class and no manifest");
    }
  }

  /** Checks one published POM, with what it inherits from the root POM. */
  private static void checkPom(String artifact, Element pom, Element root, boolean isRoot) {
    String projectUrl = text(root, "url");
    Element rootScm = child(root, "scm");
    if (text(pom, "name") == null) {
      problems.add(artifact + ": POM has no <name> (not inherited)");
    }
    if (text(pom, "description") == null && text(root, "description") == null) {
      problems.add(artifact + ": POM has no <description>");
    }
    String url = inherited(pom, root, root, "url", "child.project.url.inherit.append.path", artifact, isRoot);
    if (!projectUrl.equals(url)) {
      problems.add(artifact + ": url is " + url + ", not the project's " + projectUrl);
    }
    Element licenses = child(pom, "licenses") != null ? child(pom, "licenses") : child(root, "licenses");
    Element license = licenses == null ? null : child(licenses, "license");
    if (license == null || text(license, "name") == null || text(license, "url") == null) {
      problems.add(artifact + ": no licence with name and url");
    }
    Element developers =
        child(pom, "developers") != null ? child(pom, "developers") : child(root, "developers");
    if (developers == null || children(developers, "developer").isEmpty()) {
      problems.add(artifact + ": no developer");
    }
    Element scm = child(pom, "scm");
    for (String field : List.of("connection", "developerConnection", "url")) {
      String want = rootScm == null ? null : text(rootScm, field);
      String got =
          inherited(
              scm, rootScm, rootScm, field, "child.scm." + field + ".inherit.append.path", artifact, isRoot);
      if (want == null || !want.equals(got)) {
        problems.add(artifact + ": scm " + field + " is " + got + ", not " + want);
      }
    }
  }

  /**
   * The value of {@code field} in {@code own} if set there, else the one {@code parent} gives it:
   * with "/artifactId" appended, as Maven does, unless {@code flagHolder} has the flag set to false.
   */
  private static String inherited(
      Element own,
      Element parent,
      Element flagHolder,
      String field,
      String flag,
      String artifact,
      boolean isRoot) {
    if (own != null && text(own, field) != null) {
      return text(own, field);
    }
    if (isRoot || parent == null || text(parent, field) == null) {
      return null;
    }
    boolean append = !"false".equals(flagHolder.getAttribute(flag));
    return append ? text(parent, field) + "/" + artifact : text(parent, field);
  }

  private static Element parse(byte[] xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    return doc.getDocumentElement();
  }

  private static Element child(Element parent, String name) {
    if (parent == null) {
      return null;
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        return e;
      }
    }
    return null;
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    if (parent == null) {
      return out;
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        out.add(e);
      }
    }
    return out;
  }

  private static String text(Element parent, String name) {
    Element e = child(parent, name);
    if (e == null || e.getTextContent().isBlank()) {
      return null;
    }
    return e.getTextContent().trim();
  }
}
