package io.netobs.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.netobs.http.internal.RetryDecision.Ending;
import io.netobs.http.internal.RetryDecision.Outcome;
import org.junit.jupiter.api.Test;

/** How an attempt ended: answers of any status, and whether the server may have acted. */
class OutcomeTest {
  @Test
  void answersKeepTheirStatusInsideAndOutsideTheSuccessRange() {
    for (int status : new int[] {100, 199, 200, 204, 299, 300, 304, 404}) {
      Outcome answered = Outcome.answered(status);
      assertThat(answered.status()).isEqualTo(status);
      assertThat(answered.ending()).isEqualTo(Ending.ANSWERED);
      assertThat(answered.sent()).isTrue();
      assertThat(answered.serverMayHaveActed()).isFalse();
    }
  }

  @Test
  void aServerErrorFrom500OnMayHaveActedAnything4xxNot() {
    assertThat(new Outcome(Ending.ERROR_STATUS, 500, null, true, null).serverMayHaveActed())
        .isTrue();
    assertThat(new Outcome(Ending.ERROR_STATUS, 503, null, true, null).serverMayHaveActed())
        .isTrue();
    assertThat(new Outcome(Ending.ERROR_STATUS, 499, null, true, null).serverMayHaveActed())
        .isFalse();
    assertThat(new Outcome(Ending.ERROR_STATUS, 429, null, true, null).serverMayHaveActed())
        .isFalse();
  }
}
