package io.netobs.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnknownFieldsTest {
  @Test
  void keepsEveryValueAndEqualsThePlainMap() {
    Map<String, Object> sent = new LinkedHashMap<>();
    sent.put("metric", null);
    sent.put("device_snmp_community", "c0mm");
    sent.put("nested", new HashMap<>(Map.of("password", "pw", "name", "n")));
    sent.put("rows", new ArrayList<>(List.of(Map.of("api_key", "k1"), 7)));

    Map<String, Object> kept = UnknownFields.copyOf(sent);

    assertThat(kept).isEqualTo(sent).hasSameHashCodeAs(sent);
    assertThat(kept).containsEntry("metric", null).containsEntry("device_snmp_community", "c0mm");
    assertThat(kept.keySet()).containsExactly("metric", "device_snmp_community", "nested", "rows");
    sent.put("later", 1);
    assertThat(kept).doesNotContainKey("later");
    assertThatThrownBy(() -> kept.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ((Map<String, Object>) kept.get("nested")).put("x", 1))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void itsTextMasksSecretNamedValuesAtAnyDepth() {
    Map<String, Object> sent = new LinkedHashMap<>();
    sent.put("device_snmp_community", "c0mm");
    sent.put("BGP_Password", "pw1");
    sent.put("conf", Map.of("PrivacyPassphrase", "pp"));
    sent.put("rows", List.of(Map.of("user_api_token", "tk"), Map.of("apiKey", "ak")));
    sent.put("client_secret", null);
    sent.put("name", "edge");

    String text = UnknownFields.copyOf(sent).toString();

    assertThat(text)
        .contains("device_snmp_community=****", "BGP_Password=****", "name=edge")
        .contains("client_secret=null")
        .doesNotContain("c0mm", "pw1", "pp", "tk", "ak");
    assertThat(UnknownFields.copyOf(sent).get("conf").toString()).doesNotContain("pp");
  }

  @Test
  void nullAndEmptyAreTheEmptyMap() {
    assertThat(UnknownFields.copyOf(null)).isEmpty();
    assertThat(UnknownFields.copyOf(Map.of())).isEmpty();
  }
}
