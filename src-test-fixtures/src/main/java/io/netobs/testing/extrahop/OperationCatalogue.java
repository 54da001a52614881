package io.netobs.testing.extrahop;

import io.netobs.testing.internal.CatalogueFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The operations the fake serves: those of the public catalogue, the guide's and today's. */
final class OperationCatalogue {
  /** The 322 operations of the ExtraHop REST API Guide, shared with the rest of the project. */
  static final String DOCUMENTED = "/io/netobs/testing/catalogue/extrahop-operations.tsv";

  /**
   * The operations of today's REST API that the guide lacks, shared with the rest of the project.
   */
  static final String CURRENT = "/io/netobs/testing/catalogue/extrahop-current-operations.tsv";

  private OperationCatalogue() {}

  /**
   * The shapes ({@link Operation#shape()}) of today's operations that the guide lacks: every row of
   * {@link #CURRENT}.
   */
  static Set<String> currentOnlyShapes() {
    Set<String> shapes = new HashSet<>();
    for (String file : List.of(CURRENT)) {
      for (CatalogueFile.Row row : CatalogueFile.read(file)) {
        shapes.add(
            new Operation(row.resource(), row.method(), row.path(), row.description()).shape());
      }
    }
    return Set.copyOf(shapes);
  }

  static List<Operation> all() {
    List<Operation> operations = new ArrayList<>();
    for (String file : List.of(DOCUMENTED, CURRENT)) {
      for (CatalogueFile.Row row : CatalogueFile.read(file)) {
        operations.add(new Operation(row.resource(), row.method(), row.path(), row.description()));
      }
    }
    return operations;
  }
}
