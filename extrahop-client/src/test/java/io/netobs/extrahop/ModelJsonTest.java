package io.netobs.extrahop;

import static io.netobs.extrahop.TestCores.tree;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netobs.extrahop.model.OperandType;
import io.netobs.extrahop.model.RecordOperator;
import io.netobs.extrahop.model.SupportPackStatus;
import io.netobs.extrahop.request.MetricSpec;
import io.netobs.extrahop.request.Operand;
import io.netobs.extrahop.request.RecordFilter;
import io.netobs.extrahop.request.RecordQuery;
import io.netobs.http.internal.Json;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Models written by a caller's own, default-configured mapper give the same JSON as the SDK sends.
 */
class ModelJsonTest {
  private final ObjectMapper plain =
      new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);

  @Test
  void requestsWriteTheSameWithAPlainMapper() throws Exception {
    RecordQuery query =
        RecordQuery.builder()
            .from(ExtraHopTime.ago(Duration.ofMinutes(15)))
            .limit(10)
            .contextTtl(Duration.ofSeconds(5))
            .filter(
                RecordFilter.builder()
                    .or(
                        RecordFilter.builder()
                            .field("a")
                            .operator(RecordOperator.EQUALS)
                            .operand(
                                Operand.builder()
                                    .type(OperandType.IPADDR4)
                                    .value("10.0.0.0/8")
                                    .build())
                            .build(),
                        RecordFilter.builder().field("b").operator(RecordOperator.EXISTS).build())
                    .build())
            .build();
    MetricSpec spec = MetricSpec.builder().name("t").key1("k").percentiles(50, 99).build();

    assertThat(tree(plain.writeValueAsString(query)))
        .isEqualTo(tree(Json.mapper().writeValueAsString(query)));
    assertThat(tree(plain.writeValueAsString(query)))
        .isEqualTo(
            tree(
                """
        {"from": -900000, "limit": 10, "context_ttl": 5000, "filter": {"operator": "or", "rules": [
          {"field": "a", "operator": "=", "operand": {"type": "ipaddr4", "value": "10.0.0.0/8"}},
          {"field": "b", "operator": "exists"}]}}"""));
    assertThat(tree(plain.writeValueAsString(spec)))
        .isEqualTo(tree(Json.mapper().writeValueAsString(spec)));
  }

  @Test
  void answersRoundTripWithoutDerivedFields() throws Exception {
    SupportPackStatus status =
        Json.mapper()
            .readValue(
                "{\"status\": \"done\", \"filename\": \"f\", \"id\": 4}", SupportPackStatus.class);

    assertThat(tree(plain.writeValueAsString(status)))
        .isEqualTo(tree("{\"status\": \"done\", \"filename\": \"f\", \"id\": 4}"));
  }
}
