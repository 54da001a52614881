package io.netobs.examples.kentik;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the CSV file that {@link SyncPopulators} syncs when it runs against the built-in fake: an
 * IPAM export of {@code /28} subnets of 10.0.0.0/8 and the region each belongs to, grouped by
 * region.
 *
 * <pre>
 * address,region
 * 10.0.0.0/28,eu-west
 * 10.0.0.16/28,eu-west
 * ...
 * </pre>
 */
public final class ExampleCsv {
  private static final String[] REGIONS = {
    "eu-west", "eu-central", "us-east", "us-west", "ap-south", "ap-east"
  };
  private static final int SUBNETS_PER_SECOND_OCTET = 256 * 16;

  private ExampleCsv() {}

  /** Writes {@code rows} lines after the header. */
  public static void write(Path file, int rows) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("address,region\n");
      for (int i = 0; i < rows; i++) {
        int second = i / SUBNETS_PER_SECOND_OCTET;
        int third = i / 16 % 256;
        int fourth = i % 16 * 16;
        out.write(
            "10."
                + second
                + "."
                + third
                + "."
                + fourth
                + "/28,"
                + REGIONS[second % REGIONS.length]
                + "\n");
      }
    }
  }
}
