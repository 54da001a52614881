package io.netobs.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.netobs.http.RequestOptions;
import java.lang.reflect.Field;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Which timeouts a call's options carry: none when no timeout is set, and for a view of a view each
 * timeout of the inner options, else the outer one's.
 */
class CallTimeoutsTest {
  private static Duration field(CallTimeouts timeouts, String name) throws Exception {
    Field f = CallTimeouts.class.getDeclaredField(name);
    f.setAccessible(true);
    return (Duration) f.get(timeouts);
  }

  private static final Duration ONE = Duration.ofSeconds(1);
  private static final Duration TWO = Duration.ofSeconds(2);

  @Test
  void anyOneTimeoutSetMakesTimeouts() {
    assertThat(CallTimeouts.of(RequestOptions.builder().build())).isNull();
    assertThat(CallTimeouts.of(RequestOptions.builder().connectTimeout(ONE).build())).isNotNull();
    assertThat(CallTimeouts.of(RequestOptions.builder().readTimeout(ONE).build())).isNotNull();
    assertThat(CallTimeouts.of(RequestOptions.builder().writeTimeout(ONE).build())).isNotNull();
    assertThat(CallTimeouts.of(RequestOptions.builder().callTimeout(ONE).build())).isNotNull();
  }

  @Test
  void theInnerTimeoutsWinAndTheOuterOnesFillIn() throws Exception {
    CallTimeouts outer =
        CallTimeouts.of(
            RequestOptions.builder()
                .connectTimeout(TWO)
                .readTimeout(TWO)
                .writeTimeout(TWO)
                .callTimeout(TWO)
                .build());
    CallTimeouts innerConnectAndWrite =
        CallTimeouts.of(RequestOptions.builder().connectTimeout(ONE).writeTimeout(ONE).build());
    CallTimeouts innerReadAndCall =
        CallTimeouts.of(RequestOptions.builder().readTimeout(ONE).callTimeout(ONE).build());

    CallTimeouts a = innerConnectAndWrite.over(outer);
    assertThat(field(a, "connect")).isEqualTo(ONE);
    assertThat(field(a, "read")).isEqualTo(TWO);
    assertThat(field(a, "write")).isEqualTo(ONE);
    assertThat(field(a, "call")).isEqualTo(TWO);

    CallTimeouts b = innerReadAndCall.over(outer);
    assertThat(field(b, "connect")).isEqualTo(TWO);
    assertThat(field(b, "read")).isEqualTo(ONE);
    assertThat(field(b, "write")).isEqualTo(TWO);
    assertThat(field(b, "call")).isEqualTo(ONE);

    assertThat(innerReadAndCall.over(null)).isSameAs(innerReadAndCall);
  }
}
