package io.netobs.testing.extrahop;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the operation catalogues that the fake serves. */
final class OperationCatalogue {
  /** The 322 operations of the ExtraHop REST API Guide, shared with the rest of the project. */
  static final String DOCUMENTED = "/io/netobs/testing/catalogue/extrahop-operations.tsv";
  /** Operations that newer firmware adds and integrations rely on, although the ExtraHop REST API Guide does not list them. */
  static final String NEWER_FIRMWARE = "/io/netobs/testing/extrahop/newer-firmware-operations.tsv";

  private OperationCatalogue() {}

  static List<Operation> all() {
    List<Operation> operations = new ArrayList<>(read(DOCUMENTED));
    operations.addAll(read(NEWER_FIRMWARE));
    return operations;
  }

  static List<Operation> read(String resource) {
    try (InputStream in = OperationCatalogue.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing class-path resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<Operation> operations = new ArrayList<>();
      reader.readLine(); // header
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        String[] columns = line.split("\t", -1);
        operations.add(new Operation(columns[0], columns[1], columns[2], columns[3]));
      }
      return operations;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
