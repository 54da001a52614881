package io.netobs.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class OptionsTest {
  @Test
  void readsEveryOptionInBothForms() {
    Options options =
        Options.parse(
            "--apply",
            "--subnet",
            "10.1.2.[0-9]+",
            "--device=7",
            "--ip",
            "10.1.2.3",
            "--out",
            "/tmp/x",
            "--dimension=c_site",
            "--csv",
            "sites.csv");

    assertThat(options.apply()).isTrue();
    assertThat(options.subnet()).isEqualTo("10.1.2.[0-9]+");
    assertThat(options.deviceId()).hasValue(7);
    assertThat(options.ip()).hasValue("10.1.2.3");
    assertThat(options.outDir()).isEqualTo(Path.of("/tmp/x"));
    assertThat(options.dimension()).hasValue("c_site");
    assertThat(options.csv()).hasValue(Path.of("sites.csv"));
  }

  @Test
  void refusesWhatItCannotUse() {
    assertThatThrownBy(() -> Options.parse("--aply"))
        .isInstanceOf(UsageException.class)
        .hasMessage("unknown option --aply");
    assertThatThrownBy(() -> Options.parse("--device"))
        .isInstanceOf(UsageException.class)
        .hasMessage("--device needs a value");
    assertThatThrownBy(() -> Options.parse("--device", "web-1"))
        .isInstanceOf(UsageException.class)
        .hasMessage("--device needs a positive whole number, not web-1");
    assertThatThrownBy(() -> Options.parse("--ip", "web-1"))
        .isInstanceOf(UsageException.class)
        .hasMessage("--ip needs an IP address, not web-1");
    assertThatThrownBy(() -> Options.parse("--csv="))
        .isInstanceOf(UsageException.class)
        .hasMessage("--csv needs a value");
  }

  @Test
  void changesAreAllowedAgainstAFakeAlwaysAndAgainstARealServiceOnlyWithApply() {
    assertThat(Options.parse().againstFake("c_region", Path.of("f.csv")).changesAllowed()).isTrue();
    assertThat(Options.parse().againstRealService().changesAllowed()).isFalse();
    assertThat(Options.parse("--apply").againstRealService().changesAllowed()).isTrue();
  }

  @Test
  void theFakesDimensionAndFileAreDefaultsOnlyWhenTheUserGaveNeither() {
    Options fake = Options.parse().againstFake("c_region", Path.of("f.csv"));
    assertThat(fake.dimension()).hasValue("c_region");
    assertThat(fake.csv()).hasValue(Path.of("f.csv"));

    Options own = Options.parse("--csv", "mine.csv").againstFake("c_region", Path.of("f.csv"));
    assertThat(own.dimension()).isEmpty();
    assertThat(own.csv()).hasValue(Path.of("mine.csv"));

    assertThat(Options.parse().againstRealService().csv()).isEmpty();
  }
}
