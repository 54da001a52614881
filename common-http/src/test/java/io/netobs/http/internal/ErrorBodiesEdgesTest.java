package io.netobs.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The edges of finding a server's explanation: list sizes, excerpt length, bodies without one. */
class ErrorBodiesEdgesTest {
  @Test
  void anExcerptOfExactly200CharactersIsKeptWhole() {
    String exactly = "x".repeat(200);
    assertThat(ErrorBodies.excerpt(exactly)).isEqualTo(exactly);
    assertThat(ErrorBodies.excerpt(exactly + "y")).isEqualTo(exactly + "...");
    assertThat(ErrorBodies.excerpt(null)).isEmpty();
  }

  @Test
  void aListOfErrorsGivesTheFirstAndCountsOnlyTheOthers() throws Exception {
    assertThat(ErrorBodies.message("{\"errors\":[\"name is taken\"]}")).isEqualTo("name is taken");
    assertThat(ErrorBodies.message("{\"errors\":[\"name is taken\",\"id is bad\"]}"))
        .isEqualTo("name is taken (and 1 more)");
    String empty = "{\"errors\":[]}";
    assertThat(ErrorBodies.messageOf(Json.mapper().readTree(empty), empty)).isEqualTo(empty);
  }

  @Test
  void withoutAnyKnownFieldTheRawTextIsTheMessage() throws Exception {
    assertThat(ErrorBodies.messageOf(Json.mapper().readTree("{\"code\":7}"), null)).isEmpty();
    assertThat(ErrorBodies.messageOf(null, " bad  gateway ")).isEqualTo("bad gateway");
    assertThat(ErrorBodies.messageOf(null, null)).isEmpty();
  }

  @Test
  void htmlWithoutTitleOrHeadingIsItsTextWithoutTags() {
    assertThat(ErrorBodies.html("<html><body><p>Service <b>down</b></p></body></html>"))
        .isEqualTo("Service down");
    assertThat(ErrorBodies.message("<html><title> </title><p>Try later</p></html>"))
        .isEqualTo("Try later");
  }
}
