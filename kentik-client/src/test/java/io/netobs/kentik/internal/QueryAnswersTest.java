package io.netobs.kentik.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.netobs.http.internal.ApiResponse;
import java.io.ByteArrayInputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Query API's readers given an answer without a body. */
class QueryAnswersTest {
  private static ApiResponse empty() {
    return new ApiResponse(
        "POST", "/query/url", 200, Map.of(), new ByteArrayInputStream(new byte[0]));
  }

  @Test
  void anAnswerWithoutABodySaysSo() {
    assertThatThrownBy(() -> QueryAnswers.url(empty()))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageStartingWith("expected the URL as a JSON string, got no body");
    assertThatThrownBy(() -> QueryAnswers.data(empty()))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageStartingWith("the answer must be a JSON object, got no body");
    assertThatThrownBy(() -> QueryAnswers.chart(empty()))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageStartingWith("the answer must be a JSON object, got no body");
  }
}
