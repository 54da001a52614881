package io.netobs.kentik.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import io.netobs.http.internal.ApiResponse;
import io.netobs.http.internal.Json;
import io.netobs.http.testing.Accessors;
import io.netobs.kentik.cloudexport.model.CloudExport;
import io.netobs.kentik.cloudexport.model.CloudExportList;
import io.netobs.kentik.internal.Answers;
import io.netobs.kentik.internal.PartWriter;
import io.netobs.kentik.internal.QueryAnswers;
import io.netobs.kentik.internal.Rules;
import io.netobs.kentik.model.BatchStatus;
import io.netobs.kentik.model.CustomApplication;
import io.netobs.kentik.model.CustomDimension;
import io.netobs.kentik.model.DeviceInterface;
import io.netobs.kentik.model.DimensionType;
import io.netobs.kentik.model.Direction;
import io.netobs.kentik.model.FlowTag;
import io.netobs.kentik.model.KentikUser;
import io.netobs.kentik.model.MatchField;
import io.netobs.kentik.model.Plan;
import io.netobs.kentik.model.Populator;
import io.netobs.kentik.model.SavedFilter;
import io.netobs.kentik.model.Tenant;
import io.netobs.kentik.model.TenantUser;
import io.netobs.kentik.model.TopXData;
import io.netobs.kentik.model.TopXResult;
import io.netobs.kentik.model.TopXRow;
import io.netobs.kentik.request.Criterion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;

/**
 * Fuzz tests of what the Kentik client decodes and of the batch part splitter.
 *
 * <ul>
 *   <li>{@link #answers}: the bytes of an answer read as every model, bare or in each wrapper the
 *       API uses ({@code {"tag": ...}}, {@code {"customDimensions": [...]}}), through {@link
 *       Answers} as the services do, and as each Query API answer (top-X data, chart, URL); only an
 *       {@link IOException} (which the core reports as a DecodingException) may come out, and every
 *       accessor of what was decoded must work.
 *   <li>{@link #batchParts}: items of any text and shape, checked by the SDK's own rules (only
 *       IllegalArgumentException may come out of them), then cut into parts by {@link PartWriter}
 *       the way {@code BatchRequest} does: every part is valid JSON within the size limit, carries
 *       the guid from the second part on, only the last is complete, and the parts hold exactly the
 *       items given, in order: none lost, none repeated.
 * </ul>
 *
 * <p>In the build, {@link #allTargets} replays its seeds and is fuzzed for a few seconds.
 */
class ReliabilityFuzzTest {
  private static final AtomicLong EXECUTIONS = new AtomicLong();
  private static final Object[][] READERS = {
    {"tag", FlowTag.class},
    {"tags", FlowTag.class},
    {"customDimension", CustomDimension.class},
    {"customDimensions", CustomDimension.class},
    {"populator", Populator.class},
    {null, CustomApplication.class},
    {null, SavedFilter.class},
    {null, BatchStatus.class},
    {null, FlowTag.class},
    {null, CustomDimension.class},
    {"interface", DeviceInterface.class},
    {"user", KentikUser.class},
    {"users", KentikUser.class},
    {"plans", Plan.class},
    {null, Tenant.class},
    {null, TenantUser.class},
    {"export", CloudExport.class},
    {"exports", CloudExport.class},
    {null, CloudExportList.class}
  };

  @AfterAll
  static void report() {
    System.out.println("Fuzzing (kentik-client): " + EXECUTIONS.get() + " executions");
  }

  /**
   * Every target: a flag taken from the end of the input chooses (as libFuzzer's data provider
   * takes numbers from the end): answers get the remaining bytes, batch parts the provider itself.
   */
  @FuzzTest(maxDuration = "10s")
  void allTargets(FuzzedDataProvider data) throws IOException {
    if (data.consumeBoolean()) {
      batchParts(data);
    } else {
      answers(data.consumeRemainingAsBytes());
    }
  }

  @FuzzTest(maxDuration = "30m")
  void answers(byte[] data) {
    EXECUTIONS.incrementAndGet();
    // The Query API's answers: top-X data, a chart's data URI, a portal URL string.
    try {
      TopXData topX = QueryAnswers.data(response(data));
      exercise(topX);
      for (TopXResult result : topX.results()) {
        exercise(result);
        for (TopXRow row : result.data()) {
          exercise(row);
          row.timeSeries().values().forEach(ReliabilityFuzzTest::exercise);
        }
      }
    } catch (IOException declared) {
      // a DecodingException for the caller
    }
    try {
      exercise(QueryAnswers.chart(response(data)));
    } catch (IOException declared) {
      // a DecodingException for the caller
    }
    try {
      QueryAnswers.url(response(data));
    } catch (IOException declared) {
      // a DecodingException for the caller
    }
    for (Object[] reader : READERS) {
      String wrapper = (String) reader[0];
      Class<?> type = (Class<?>) reader[1];
      try {
        exercise(Answers.object(response(data), wrapper, type));
      } catch (IOException declared) {
        // a DecodingException for the caller
      }
      try {
        for (Object item : Answers.list(response(data), wrapper, type)) {
          exercise(item);
        }
      } catch (IOException declared) {
        // a DecodingException for the caller
      }
    }
  }

  @FuzzTest(maxDuration = "30m")
  void batchParts(FuzzedDataProvider data) throws IOException {
    EXECUTIONS.incrementAndGet();
    int limit = data.consumeInt(256, 2048);
    boolean replaceAll = data.consumeBoolean();
    boolean populators = data.consumeBoolean();
    List<String[]> upserts = new ArrayList<>(); // value, then the criterion as written
    List<Criterion> criteria = new ArrayList<>();
    List<String> deletes = new ArrayList<>();
    int items = data.consumeInt(0, 40);
    for (int i = 0; i < items && data.remainingBytes() > 0; i++) {
      // Mostly values the rules accept (so that parts fill up), sometimes anything at all.
      String value = data.consumeBoolean() ? token(data, 20) : data.consumeString(40);
      if (data.consumeBoolean()) {
        try {
          Rules.requiredText(value, "value");
          deletes.add(value);
        } catch (IllegalArgumentException declared) {
          // refused by the SDK before anything is sent
        }
        continue;
      }
      MatchField field = data.pickValue(MatchField.values());
      Direction direction =
          data.pickValue(
              new Direction[] {
                Direction.SRC, Direction.DST, Direction.EITHER, Direction.of(data.consumeString(6))
              });
      String[] values = new String[data.consumeInt(1, 3)];
      for (int v = 0; v < values.length; v++) {
        values[v] = data.consumeBoolean() ? token(data, 30) : data.consumeString(30);
      }
      try {
        if (populators) {
          Rules.populatorValue(
              value, data.consumeBoolean() ? DimensionType.STRING : DimensionType.UINT32, "value");
        } else {
          Rules.flowTag(value, "value");
        }
        Criterion criterion =
            data.consumeBoolean()
                ? Criterion.builder().add(field, values).build()
                : Criterion.builder().direction(direction).add(field, values).build();
        if (!deletes.isEmpty()) {
          continue; // upserts come first, as BatchRequest sends them
        }
        upserts.add(new String[] {value});
        criteria.add(criterion);
      } catch (IllegalArgumentException declared) {
        // refused by the SDK's checks before anything is sent
      }
    }
    split(limit, replaceAll, upserts, criteria, deletes);
  }

  private static final String TOKEN_CHARS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_- .,/:\"\\\u00e9\u4e2d";

  /**
   * A short text drawn from the characters of tag names, populator values and addresses, and a few
   * that need escaping.
   */
  private static String token(FuzzedDataProvider data, int maxLength) {
    int length = data.consumeInt(1, maxLength);
    StringBuilder s = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      s.append(TOKEN_CHARS.charAt(data.consumeInt(0, TOKEN_CHARS.length() - 1)));
    }
    return s.toString();
  }

  /**
   * Drives PartWriter exactly as BatchRequest.Run does, then checks every part and the items they
   * hold.
   */
  private static void split(
      int limit,
      boolean replaceAll,
      List<String[]> upserts,
      List<Criterion> criteria,
      List<String> deletes)
      throws IOException {
    PartWriter writer;
    try {
      writer = new PartWriter(limit, replaceAll);
      writer.start(null);
    } catch (IllegalArgumentException declared) {
      return; // a limit with no room for any item
    }
    List<byte[]> parts = new ArrayList<>();
    String guid = null;
    int total = upserts.size() + deletes.size();
    for (int i = 0; i < total; ) {
      boolean isDelete = i >= upserts.size();
      boolean added =
          isDelete
              ? writer.addDelete(deletes.get(i - upserts.size()))
              : writer.addCriterion(upserts.get(i)[0], criteria.get(i));
      if (added) {
        i++;
        continue;
      }
      if (writer.isEmpty()) {
        return; // larger than a part: BatchRequest refuses it with an IllegalArgumentException
      }
      parts.add(writer.finish(false));
      guid = "3b7a2c1e-52a4-4c1d-9d0e-6f2f3c8b1a90";
      writer.start(guid);
    }
    parts.add(writer.finish(true));

    List<String> seenUpserts = new ArrayList<>();
    List<String> seenDeletes = new ArrayList<>();
    for (int p = 0; p < parts.size(); p++) {
      byte[] part = parts.get(p);
      assertThat(part.length).as("part %d within the limit", p).isLessThanOrEqualTo(limit);
      JsonNode json = Json.mapper().readTree(part);
      assertThat(json.get("complete").asBoolean())
          .as("only the last part completes")
          .isEqualTo(p == parts.size() - 1);
      assertThat(json.get("replace_all").asBoolean()).isEqualTo(replaceAll);
      assertThat(json.has("guid")).as("the guid from the second part on").isEqualTo(p > 0);
      for (JsonNode upsert : json.get("upserts")) {
        for (JsonNode criterion : upsert.get("criteria")) {
          seenUpserts.add(upsert.get("value").asText() + "|" + criterion);
        }
      }
      for (JsonNode delete : json.get("deletes")) {
        seenDeletes.add(delete.get("value").asText());
      }
    }
    List<String> givenUpserts = new ArrayList<>();
    for (int i = 0; i < upserts.size(); i++) {
      givenUpserts.add(upserts.get(i)[0] + "|" + criterionJson(criteria.get(i)));
    }
    assertThat(seenUpserts).as("every criterion once, in order").isEqualTo(givenUpserts);
    assertThat(seenDeletes).as("every delete once, in order").isEqualTo(deletes);
  }

  private static JsonNode criterionJson(Criterion criterion) {
    Map<String, Object> map = new LinkedHashMap<>();
    criterion.direction().ifPresent(d -> map.put("direction", d.value()));
    criterion.fields().forEach((field, values) -> map.put(field.wireName(), values));
    return Json.mapper().valueToTree(map);
  }

  private static ApiResponse response(byte[] body) {
    return new ApiResponse("GET", "/api/v5/x", 200, Map.of(), new ByteArrayInputStream(body));
  }

  static void exercise(Object value) {
    Accessors.exercise(
        value,
        m ->
            m.getParameterCount() == 1 && m.getParameterTypes()[0] == MatchField.class
                ? new Object[] {MatchField.ADDR} // Tag.match(field)
                : null,
        (m, cause) -> false);
  }
}
