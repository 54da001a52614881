package io.netobs.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Request bodies with different fields hash differently; equal ones alike. */
class RequestBodyHashTest {
  static final class Note extends RequestBody {
    private Note(Builder builder) {
      super(builder);
    }

    static final class Builder extends RequestBody.Builder<Builder> {
      Note build() {
        return new Note(this);
      }
    }
  }

  @Test
  void bodiesWithDifferentFieldsHaveDifferentHashCodes() {
    Note a = new Note.Builder().field("text", "a").build();
    Note b = new Note.Builder().field("text", "b").build();
    assertThat(a).isNotEqualTo(b);
    assertThat(a.hashCode()).isNotEqualTo(b.hashCode());
    assertThat(new Note.Builder().field("text", "a").build()).isEqualTo(a).hasSameHashCodeAs(a);
  }
}
