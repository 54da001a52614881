package io.netobs.kentik;

import static io.netobs.kentik.MockKentik.body;
import static io.netobs.kentik.MockKentik.q;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.http.BadRequestException;
import io.netobs.kentik.model.AlarmHistoryEntry;
import io.netobs.kentik.model.KentikAlarm;
import io.netobs.kentik.request.AlarmQuery;
import io.netobs.kentik.request.ManualMitigation;
import java.time.Instant;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The alerting calls on the wire, and their answers decoded from the shapes the API sends. */
class KentikAlertingTest {
  /** An alarm row as the live API sends it: an open alarm ends at the all-zero placeholder. */
  static final String ALARM =
      q(
          "{'alarm_id': 82867908, 'row_type': 'Alarm', 'alarm_state': 'ALARM', 'alert_id': 15094,"
              + " 'mitigation_id': null, 'threshold_id': 76518, 'alert_key': '443', 'alert_dimension': 'Port_dst',"
              + " 'alert_metric': ['bits'], 'alert_value': 2270.4, 'alert_value2nd': 0, 'alert_value3rd': 0,"
              + " 'alert_match_count': 5, 'alert_baseline': 769, 'alert_severity': 'minor', 'baseline_used': 15,"
              + " 'learning_mode': 0, 'debug_mode': 0, 'alarm_start': '2021-01-19T13:50:00.000Z',"
              + " 'alarm_end': '0000-00-00 00:00:00', 'alarm_last_comment': null, 'mit_alert_id': 0,"
              + " 'mit_alert_ip': '', 'mit_threshold_id': 0, 'mit_method_id': 0, 'args': '', 'id': 0,"
              + " 'policy_id': 15094, 'policy_name': 'test_policy1', 'alert_key_lookup': '443'}");

  /** A manual-mitigation row, which breaks the schema of the others. */
  static final String MANUAL =
      q(
          "{'alarm_id': 82867999, 'row_type': 'Mitigation', 'type': 'manual', 'alarm_state': 'ACTIVE',"
              + " 'alert_id': null, 'mitigation_id': 9001, 'threshold_id': null, 'alert_key': '192.0.2.0/24',"
              + " 'alert_dimension': 'IP_dst', 'alert_metric': '', 'alert_value': 0, 'alert_value2nd': 0,"
              + " 'alert_value3rd': 0, 'alert_match_count': 0, 'alert_baseline': 0, 'alert_severity': '',"
              + " 'baseline_used': 0, 'learning_mode': '1', 'debug_mode': false,"
              + " 'alarm_start': '2021-01-19T14:00:00Z', 'alarm_end': null, 'alarm_last_comment': 'scan',"
              + " 'mit_alert_id': null, 'mit_alert_ip': '192.0.2.0/24', 'mit_threshold_id': null, 'args': null,"
              + " 'id': 0, 'policy_id': null, 'policy_name': '', 'alert_key_lookup': '192.0.2.0/24'}");

  static final String HISTORY =
      q(
          "{'row_type': 'Alarm', 'old_alarm_state': 'CLEAR', 'new_alarm_state': 'ALARM',"
              + " 'alert_match_count': '1', 'alert_severity': 'minor', 'alert_id': 15094, 'threshold_id': 76518,"
              + " 'alarm_id': 82867908, 'alert_key': '443', 'alert_dimension': 'Port_dst', 'alert_metric': ['bits'],"
              + " 'alert_value': 2270.4, 'alert_value2nd': 0, 'alert_value3rd': 0, 'alert_baseline': 769,"
              + " 'baseline_used': 15, 'learning_mode': 0, 'debug_mode': 0, 'ctime': '2021-01-19T13:50:00.000Z',"
              + " 'alarm_start_time': '2021-01-19 13:50:00', 'comment': null, 'mitigation_id': null,"
              + " 'mit_method_id': 0, 'args': '', 'id': 0, 'policy_id': 15094, 'policy_name': 'test_policy1',"
              + " 'alert_key_lookup': '443', 'new_field': 7}");

  private static final Instant START = Instant.parse("2020-10-15T22:15:00.750Z");
  private static final Instant END = Instant.parse("2021-01-20T09:15:00Z");

  private final MockKentik kentik = new MockKentik();

  @AfterEach
  void close() {
    kentik.close();
  }

  @Test
  void activeAlarmsSendsTheWindowTheFilterAndTheFlagsAsZeroOrOne() {
    kentik.answer(200, "[" + ALARM + "]");

    List<KentikAlarm> alarms =
        kentik
            .client
            .alerting()
            .activeAlarms(
                AlarmQuery.builder()
                    .start(START)
                    .end(END)
                    .filterBy("alert_key")
                    .filterVal("443")
                    .sortOrder("severity")
                    .build());

    RecordedRequest r = kentik.take();
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/api/v5/alerts-active/alarms");
    assertThat(r.getUrl().encodedQuery())
        .isEqualTo(
            "startTime=2020-10-15T22%3A15%3A00&endTime=2021-01-20T09%3A15%3A00&filterBy=alert_key"
                + "&filterVal=443&showMitigations=1&showAlarms=1&showMatches=0&learningMode=0");
    assertThat(body(r)).isEmpty();
    KentikAlarm alarm = alarms.get(0);
    assertThat(alarm.alarmId()).isEqualTo(82867908L);
    assertThat(alarm.alarmStart()).isEqualTo(Instant.parse("2021-01-19T13:50:00Z"));
    assertThat(alarm.alarmEnd()).isNull();
    assertThat(alarm.mitigationId()).isNull();
    assertThat(alarm.alertMetric()).containsExactly("bits");
    assertThat(alarm.alertValue()).isEqualTo(2270.4);
    assertThat(alarm.learningMode()).isFalse();
    assertThat(alarm.mitMethodId()).isZero();
  }

  @Test
  void aManualMitigationRowDecodesWithItsNullsAndEmptyMetric() {
    kentik.answer(200, "[" + ALARM + ", " + MANUAL + "]");

    List<KentikAlarm> alarms = kentik.client.alerting().activeAlarms(AlarmQuery.builder().build());

    KentikAlarm manual = alarms.get(1);
    assertThat(manual.alertMetric()).isEmpty();
    assertThat(manual.alarmEnd()).isNull();
    assertThat(manual.alertId()).isNull();
    assertThat(manual.mitAlertId()).isNull();
    assertThat(manual.args()).isNull();
    assertThat(manual.learningMode()).isTrue();
    assertThat(manual.debugMode()).isFalse();
    assertThat(manual.alarmStart()).isEqualTo(Instant.parse("2021-01-19T14:00:00Z"));
    assertThat(manual.unknownFields()).containsEntry("type", "manual");
    assertThat(kentik.take().getUrl().encodedQuery())
        .isEqualTo("showMitigations=1&showAlarms=1&showMatches=0&learningMode=0");
  }

  @Test
  void historySendsTheSortOrderAndReadsTheTimeWithoutZoneAsUtc() {
    kentik.answer(200, "[" + HISTORY + "]");

    List<AlarmHistoryEntry> history =
        kentik
            .client
            .alerting()
            .alarmHistory(
                AlarmQuery.builder()
                    .start(START)
                    .end(END)
                    .sortOrder("severity")
                    .showMitigations(false)
                    .showMatches(true)
                    .learningMode(true)
                    .build());

    RecordedRequest r = kentik.take();
    assertThat(r.getUrl().encodedPath()).isEqualTo("/api/v5/alerts-active/alerts-history");
    assertThat(r.getUrl().encodedQuery())
        .isEqualTo(
            "startTime=2020-10-15T22%3A15%3A00&endTime=2021-01-20T09%3A15%3A00&sortOrder=severity"
                + "&showMitigations=0&showAlarms=1&showMatches=1&learningMode=1");
    AlarmHistoryEntry entry = history.get(0);
    assertThat(entry.alarmStartTime()).isEqualTo(Instant.parse("2021-01-19T13:50:00Z"));
    assertThat(entry.ctime()).isEqualTo(Instant.parse("2021-01-19T13:50:00Z"));
    assertThat(entry.alertMatchCount()).isEqualTo(1L);
    assertThat(entry.oldAlarmState()).isEqualTo("CLEAR");
    assertThat(entry.mitigationId()).isNull();
    assertThat(entry.unknownFields()).containsEntry("new_field", 7);
  }

  @Test
  void manualMitigationSendsAFlatBodyWithTheMinutesAsAString() {
    kentik.answer(200, q("{'response': {'result': 'OK'}}"));

    String result =
        kentik
            .client
            .alerting()
            .manualMitigation(
                ManualMitigation.builder()
                    .ipCidr("192.168.0.0/24")
                    .comment("scan")
                    .platformId(1234)
                    .methodId(12345)
                    .minutesBeforeAutoStop(20)
                    .build());

    RecordedRequest r = kentik.take();
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/api/v5/alerts/manual-mitigate");
    assertThat(body(r))
        .isEqualTo(
            q(
                "{'ipCidr':'192.168.0.0/24','comment':'scan','platformID':1234,'methodID':12345,"
                    + "'minutesBeforeAutoStop':'20'}"));
    assertThat(result).isEqualTo("OK");
  }

  @Test
  void aRefusedMitigationIsABadRequestWithTheServiceMessage() {
    kentik.answer(400, q("{'error': 'Invalid mitigation platform'}"));
    ManualMitigation mitigation =
        ManualMitigation.builder().ipCidr("192.0.2.1/32").platformId(1).methodId(2).build();

    assertThatThrownBy(() -> kentik.client.alerting().manualMitigation(mitigation))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("Invalid mitigation platform");
  }

  @Test
  void badInputIsRefusedBeforeSending() {
    assertThatThrownBy(() -> ManualMitigation.builder().platformId(1).methodId(1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ipCidr");
    assertThatThrownBy(() -> ManualMitigation.builder().platformId(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("platformID");
    assertThatThrownBy(() -> ManualMitigation.builder().minutesBeforeAutoStop(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minutesBeforeAutoStop");
    assertThatThrownBy(() -> AlarmQuery.builder().start(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("startTime");
    assertThatThrownBy(() -> AlarmQuery.builder().filterBy(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("filterBy");
    assertThatThrownBy(() -> kentik.client.alerting().activeAlarms(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("query");
    assertThat(kentik.server.getRequestCount()).isZero();
  }

  @Test
  void aQueryKeepsItsValuesThroughToBuilder() {
    AlarmQuery query = AlarmQuery.builder().start(START).filterBy("alarm_id").build();
    assertThat(query.toBuilder().build()).isEqualTo(query);
    assertThat(query.toBuilder().showAlarms(false).build()).isNotEqualTo(query);
    assertThat(query.toString()).contains("filterBy=alarm_id");
  }
}
