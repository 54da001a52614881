package io.netobs.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@SuppressWarnings("unchecked")
class RequestBodyTest {

  /** A create and an update sharing one setter per field, as the clients' request classes do. */
  abstract static class ThingFields<B extends ThingFields<B>> extends RequestBody.Builder<B> {
    B name(String name) {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("name must not be blank");
      }
      return set("name", name);
    }

    B password(String password) {
      return setSecret("password", password);
    }

    B note(String note) {
      return setOrOmit("note", note);
    }

    B clearNote() {
      return set("note", null);
    }

    Object peek(String name) {
      return get(name);
    }

    boolean holds(String name) {
      return has(name);
    }

    Map<String, Object> all() {
      return fields();
    }
  }

  static final class ThingCreate extends RequestBody {
    private ThingCreate(Builder builder) {
      super(builder);
    }

    static Builder builder() {
      return new Builder();
    }

    Builder toBuilder() {
      return copyInto(new Builder());
    }

    static final class Builder extends ThingFields<Builder> {
      ThingCreate build() {
        require("ThingCreate", "name", "password");
        return new ThingCreate(this);
      }
    }
  }

  static final class ThingUpdate extends RequestBody {
    private ThingUpdate(Builder builder) {
      super(builder);
    }

    static Builder builder() {
      return new Builder();
    }

    static final class Builder extends ThingFields<Builder> {
      Builder dropNote() {
        return remove("note");
      }

      ThingUpdate build() {
        requireAny("ThingUpdate");
        return new ThingUpdate(this);
      }
    }
  }

  @Test
  void fieldsAreSentInTheOrderFirstSet() {
    ThingUpdate update = ThingUpdate.builder().note("b").name("a").note("c").build();
    assertThat(List.copyOf(update.toMap().keySet())).containsExactly("note", "name");
    assertThat(update.toMap()).containsEntry("note", "c");
  }

  @Test
  void aNullIsSentAsAnExplicitNullAndAFieldNeverSetIsNotSent() {
    ThingUpdate update = ThingUpdate.builder().clearNote().field("future", null).build();
    assertThat(update.toMap())
        .containsExactly(new SimpleEntry<>("note", null), new SimpleEntry<>("future", null));
    assertThat(update.isSet("note")).isTrue();
    assertThat(update.isSet("future")).isTrue();
    assertThat(update.isSet("name")).isFalse();
  }

  @Test
  void setOrOmitAndRemoveLeaveAFieldOut() {
    ThingUpdate.Builder builder = ThingUpdate.builder().name("a").note("x").note(null);
    assertThat(builder.build().isSet("note")).isFalse();
    builder.note("y").dropNote();
    assertThat(builder.holds("note")).isFalse();
    assertThat(builder.build().toMap()).containsExactly(Map.entry("name", "a"));
  }

  @Test
  void fieldSendsAValueWithoutASetterAsGiven() {
    ThingUpdate update = ThingUpdate.builder().field("custom_make", List.of(1, 2)).build();
    assertThat(update.toMap()).containsExactly(Map.entry("custom_make", List.of(1, 2)));
    assertThatThrownBy(() -> ThingUpdate.builder().field(null, 1))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("name");
    assertThatThrownBy(() -> ThingUpdate.builder().field(" ", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("field name must not be blank");
  }

  @Test
  void aListOrMapGivenToFieldIsCopiedSoLaterChangesDoNotReachTheRequest() {
    List<Object> ports = new ArrayList<>(List.of(80));
    Map<String, Object> nested = new HashMap<>();
    nested.put("ports", ports);
    nested.put("cleared", null);
    ThingUpdate update =
        ThingUpdate.builder().field("ports", ports).field("nested", nested).build();
    ports.add(443);
    nested.put("added", true);
    assertThat(update.toMap().get("ports")).isEqualTo(List.of(80));
    assertThat((Map<String, Object>) update.toMap().get("nested"))
        .containsOnlyKeys("ports", "cleared");
    assertThat(((Map<?, ?>) update.toMap().get("nested")).get("ports")).isEqualTo(List.of(80));
    assertThatThrownBy(() -> ((List<Object>) update.toMap().get("ports")).add(1))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void builderReadsWhatWasSet() {
    ThingUpdate.Builder builder = ThingUpdate.builder().name("a").clearNote();
    assertThat(builder.peek("name")).isEqualTo("a");
    assertThat(builder.peek("note")).isNull();
    assertThat(builder.holds("note")).isTrue();
    assertThat(builder.holds("password")).isFalse();
    assertThat(builder.all()).containsOnlyKeys("name", "note");
    assertThatThrownBy(() -> builder.all().put("x", 1))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void requireNamesTheFirstMissingField() {
    assertThatThrownBy(() -> ThingCreate.builder().password("p").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ThingCreate: name is required");
    assertThatThrownBy(() -> ThingCreate.builder().name("a").password(null).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ThingCreate: password is required");
  }

  @Test
  void requireAnyRefusesAnEmptyUpdate() {
    assertThatThrownBy(() -> ThingUpdate.builder().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ThingUpdate: nothing to update, set at least one field");
  }

  @Test
  void secretsNeverAppearInToStringButAreSent() {
    ThingCreate create = ThingCreate.builder().name("ana").password("hunter2").build();
    assertThat(create).hasToString("ThingCreate{name=ana, password=****}");
    assertThat(create.toMap()).containsEntry("password", "hunter2");
    ThingCreate copy = create.toBuilder().name("bo").build();
    assertThat(copy).hasToString("ThingCreate{name=bo, password=****}");
    assertThat(ThingUpdate.builder().password(null).build())
        .hasToString("ThingUpdate{password=null}");
  }

  @Test
  void toBuilderMakesAVariantAndLeavesTheOriginalAlone() {
    ThingCreate create = ThingCreate.builder().name("a").password("p").note("n").build();
    ThingCreate variant = create.toBuilder().name("b").build();
    assertThat(variant.toMap())
        .containsExactly(
            Map.entry("name", "b"), Map.entry("password", "p"), Map.entry("note", "n"));
    assertThat(create.toMap()).containsEntry("name", "a");
  }

  @Test
  void aBodyIsImmutableAndDoesNotFollowItsBuilder() {
    ThingUpdate.Builder builder = ThingUpdate.builder().name("a");
    ThingUpdate update = builder.build();
    builder.name("b").note("n");
    assertThat(update.toMap()).containsExactly(Map.entry("name", "a"));
    assertThatThrownBy(() -> update.toMap().put("x", 1))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void equalityIsByClassAndFields() {
    ThingUpdate a = ThingUpdate.builder().name("a").build();
    ThingUpdate same = ThingUpdate.builder().name("a").build();
    ThingCreate create = ThingCreate.builder().name("a").password("p").build();
    ThingUpdate other = ThingUpdate.builder().name("b").build();
    assertThat(a).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(other);
    assertThat(ThingUpdate.builder().name("a").password("p").build())
        .isNotEqualTo(create)
        .isNotEqualTo(null);
  }

  @Test
  void aBodyIsSafeToReadFromManyThreads() throws Exception {
    ThingUpdate update = ThingUpdate.builder().name("a").note("n").build();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        results.add(pool.submit(() -> update.toString() + update.toMap() + update.hashCode()));
      }
      String first = results.get(0).get();
      for (Future<String> result : results) {
        assertThat(result.get()).isEqualTo(first);
      }
    } finally {
      pool.shutdown();
      assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }
  }
}
