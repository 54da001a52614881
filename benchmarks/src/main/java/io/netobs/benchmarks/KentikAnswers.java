package io.netobs.benchmarks;

import java.nio.charset.StandardCharsets;

/**
 * The Kentik side of the batch benchmark: accepts every part posted to {@code
 * /api/v5/batch/customdimensions/{name}/populators} (the server has already counted and drained its
 * body) and answers the Batch API's acknowledgement with a fixed guid. It parses nothing, so the
 * server costs the same whoever sends.
 */
public final class KentikAnswers implements LoopbackServer.Handler {
  /** The dimension whose populators the benchmarks replace. */
  public static final String DIMENSION = "c_hostname";

  /** The guid of the operation, as the server answers it. */
  public static final String GUID = "3b7a2c1e-52a4-4c1d-9d0e-6f2f3c8b1a90";

  public static final String EMAIL = "benchmarks@example.com";
  public static final String API_TOKEN = "benchmark-api-token";

  private static final String PATH = "/api/v5/batch/customdimensions/" + DIMENSION + "/populators";
  private static final byte[] ACCEPTED =
      LoopbackServer.json(
          ("{\"message\":\"Successfully stored request. Batch queued for processing.\",\"guid\":\""
                  + GUID
                  + "\"}")
              .getBytes(StandardCharsets.UTF_8));
  private static final byte[] NOT_FOUND =
      LoopbackServer.response(
          404,
          "application/json",
          "{\"error\":\"not served by the benchmark server\"}".getBytes(StandardCharsets.UTF_8));

  @Override
  public byte[] answer(String method, String target, byte[] body) {
    return method.equals("POST") && target.equals(PATH) ? ACCEPTED : NOT_FOUND;
  }
}
