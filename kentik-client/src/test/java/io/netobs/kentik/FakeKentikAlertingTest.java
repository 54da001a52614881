package io.netobs.kentik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.http.BadRequestException;
import io.netobs.http.RateLimit;
import io.netobs.http.testing.SuiteCoverage;
import io.netobs.kentik.model.AlarmHistoryEntry;
import io.netobs.kentik.model.KentikAlarm;
import io.netobs.kentik.request.AlarmQuery;
import io.netobs.kentik.request.ManualMitigation;
import io.netobs.testing.FakeKentik;
import io.netobs.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Alerting against the stateful fake Kentik: seeded alarms, filters, manual mitigations. */
class FakeKentikAlertingTest {
  private static final Instant NOW = Instant.parse("2026-03-01T12:00:30Z");

  private final TestClock clock = new TestClock(NOW);
  private final FakeKentik fake = FakeKentik.builder().clock(clock).start();
  private final KentikClient kentik = FakeKentikTest.client(fake, RateLimit.unlimited());

  private static final AlarmQuery LAST_HOUR =
      AlarmQuery.builder()
          .start(NOW.minus(Duration.ofHours(1)))
          .end(NOW.plus(Duration.ofMinutes(1)))
          .build();

  @AfterEach
  void close() {
    SuiteCoverage.record(FakeKentikAlertingTest.class, fake.journal());
    kentik.close();
    fake.close();
  }

  @Test
  void activeAlarmsAreTheSeededOnesOfTheWindow() {
    List<KentikAlarm> alarms = kentik.alerting().activeAlarms(LAST_HOUR);

    // The match is not shown by default; the two alarms are, open (no end).
    assertThat(alarms).extracting(KentikAlarm::alertKey).containsExactly("443", "53");
    assertThat(alarms.get(0).alarmStart()).isEqualTo(Instant.parse("2026-03-01T11:10:00Z"));
    assertThat(alarms.get(0).alarmEnd()).isNull();
    assertThat(alarms.get(1).alarmState()).isEqualTo("ACKED");

    List<KentikAlarm> withMatches =
        kentik.alerting().activeAlarms(LAST_HOUR.toBuilder().showMatches(true).build());
    assertThat(withMatches)
        .extracting(KentikAlarm::alertKey)
        .containsExactly("443", "53", "10.0.0.7");

    List<KentikAlarm> lastHalfHour =
        kentik
            .alerting()
            .activeAlarms(LAST_HOUR.toBuilder().start(NOW.minus(Duration.ofMinutes(30))).build());
    assertThat(lastHalfHour).extracting(KentikAlarm::alertKey).containsExactly("53");

    List<KentikAlarm> filtered =
        kentik
            .alerting()
            .activeAlarms(LAST_HOUR.toBuilder().filterBy("alert_key").filterVal("443").build());
    assertThat(filtered).extracting(KentikAlarm::alertSeverity).containsExactly("minor");
  }

  @Test
  void aManualMitigationIsListedByTheNextAlarmsCallAndInTheHistory() {
    String result =
        kentik
            .alerting()
            .manualMitigation(
                ManualMitigation.builder()
                    .ipCidr("192.0.2.0/24")
                    .platformId(12)
                    .methodId(34)
                    .minutesBeforeAutoStop(30)
                    .comment("scan")
                    .build());
    assertThat(result).isEqualTo("OK");

    List<KentikAlarm> alarms = kentik.alerting().activeAlarms(LAST_HOUR);
    KentikAlarm manual = alarms.get(alarms.size() - 1);
    assertThat(manual.rowType()).isEqualTo("Mitigation");
    assertThat(manual.alertKey()).isEqualTo("192.0.2.0/24");
    assertThat(manual.alertMetric()).isEmpty();
    assertThat(manual.alarmEnd()).isNull();
    assertThat(manual.mitAlertId()).isNull();
    assertThat(manual.mitMethodId()).isEqualTo(34L);
    assertThat(manual.alarmLastComment()).isEqualTo("scan");
    assertThat(manual.alarmStart()).isEqualTo(NOW);
    assertThat(manual.unknownFields()).containsEntry("type", "manual");

    List<KentikAlarm> withoutMitigations =
        kentik.alerting().activeAlarms(LAST_HOUR.toBuilder().showMitigations(false).build());
    assertThat(withoutMitigations).extracting(KentikAlarm::rowType).containsOnly("Alarm");

    List<AlarmHistoryEntry> history = kentik.alerting().alarmHistory(LAST_HOUR);
    assertThat(history)
        .extracting(AlarmHistoryEntry::newAlarmState)
        .containsExactly("ALARM", "ALARM", "ACKED", "ACTIVE");
    assertThat(history.get(0).alarmStartTime()).isEqualTo(Instant.parse("2026-03-01T11:10:00Z"));
    assertThat(history.get(2).ctime()).isEqualTo(Instant.parse("2026-03-01T11:42:00Z"));
  }

  @Test
  void historyFiltersByState() {
    List<AlarmHistoryEntry> acked =
        kentik
            .alerting()
            .alarmHistory(
                LAST_HOUR.toBuilder()
                    .filterBy("new_state")
                    .filterVal("ACKED")
                    .sortOrder("alarm_id")
                    .build());
    assertThat(acked).hasSize(1);
    assertThat(acked.get(0).oldAlarmState()).isEqualTo("ALARM");
    assertThat(acked.get(0).alertMatchCount()).isEqualTo(5L);
  }

  @Test
  void theFakeRefusesAMitigationWithoutAnAddressAsKentikDoes() {
    ManualMitigation withoutAddress =
        ManualMitigation.builder()
            .ipCidr("192.0.2.1/32")
            .platformId(1)
            .methodId(1)
            .field("ipCidr", "")
            .build();
    assertThatThrownBy(() -> kentik.alerting().manualMitigation(withoutAddress))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("ipCidr");
    assertThat(kentik.alerting().activeAlarms(LAST_HOUR)).hasSize(2);
  }
}
