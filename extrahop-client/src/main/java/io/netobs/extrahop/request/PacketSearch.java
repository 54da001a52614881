package io.netobs.extrahop.request;

import io.netobs.extrahop.ExtraHopTime;
import io.netobs.extrahop.internal.Validate;
import io.netobs.extrahop.model.PacketSearchOutput;
import io.netobs.http.ExtensibleEnum;
import io.netobs.http.RequestBody;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a packet search ({@code POST /packets/search} or {@code GET /packets/search}) looks for and
 * how it answers: a time range, a BPF filter, up to two hosts and ports, limits, and the output
 * type. Immutable; made by {@link #builder()}, whose setters check their values at once.
 *
 * <pre>{@code
 * PacketSearch search = PacketSearch.builder()
 *     .from(ExtraHopTime.ago(Duration.ofMinutes(10)))
 *     .ip1("10.0.0.5")
 *     .port1(443)
 *     .limitBytes(50L * 1024 * 1024)
 *     .output(PacketSearchOutput.PCAPNG)
 *     .build();
 * }</pre>
 *
 * <p>Times and limits are sent as strings, which the API documents for both forms.
 */
public final class PacketSearch extends RequestBody {
  private PacketSearch(Builder builder) {
    super(builder);
  }

  /** A builder with no field set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this search's fields, to build a variant. */
  public Builder toBuilder() {
    return copyInto(new Builder());
  }

  /** The output type asked for; the appliance's default ({@code pcap}) when not set. */
  public PacketSearchOutput output() {
    Object output = toMap().get("output");
    return output == null ? PacketSearchOutput.PCAP : PacketSearchOutput.of(output.toString());
  }

  /**
   * The search as query parameters of {@code GET /packets/search}, in the order set: every value in
   * its text form.
   */
  public List<Map.Entry<String, String>> toQuery() {
    List<Map.Entry<String, String>> query = new ArrayList<>();
    toMap()
        .forEach(
            (name, value) -> {
              if (value != null) {
                String text = value instanceof ExtensibleEnum e ? e.value() : String.valueOf(value);
                query.add(Map.entry(name, text));
              }
            });
    return query;
  }

  /** Builds a {@link PacketSearch}; each setter checks its value at once. */
  public static final class Builder extends RequestBody.Builder<Builder> {
    private Builder() {}

    /** The start of the time range ({@code from}, required): absolute, or relative to now. */
    public Builder from(ExtraHopTime from) {
      return set("from", Validate.notNull(from, "from").queryValue());
    }

    /** The end of the time range ({@code until}); now when not set. */
    public Builder until(ExtraHopTime until) {
      return set("until", Validate.notNull(until, "until").queryValue());
    }

    /** A Berkeley Packet Filter expression ({@code bpf}), e.g. {@code "host 10.0.0.5 and tcp"}. */
    public Builder bpf(String bpf) {
      return set("bpf", Validate.notBlank(bpf, "bpf"));
    }

    /** Packets sent to or from this IP address ({@code ip1}). */
    public Builder ip1(String ip1) {
      return set("ip1", Validate.notBlank(ip1, "ip1").strip());
    }

    /** Packets sent from or to this port ({@code port1}), 0 to 65535. */
    public Builder port1(int port1) {
      return set("port1", String.valueOf(Validate.port(port1, "port1")));
    }

    /** Packets sent to or from this second IP address ({@code ip2}). */
    public Builder ip2(String ip2) {
      return set("ip2", Validate.notBlank(ip2, "ip2").strip());
    }

    /** Packets sent from or to this second port ({@code port2}), 0 to 65535. */
    public Builder port2(int port2) {
      return set("port2", String.valueOf(Validate.port(port2, "port2")));
    }

    /**
     * About how many bytes to return at most ({@code limit_bytes}); the appliance stops searching
     * once it found that much, and may return a little more. Its default is 100 MB.
     */
    public Builder limitBytes(long bytes) {
      return set("limit_bytes", String.valueOf(Validate.nonNegative(bytes, "limit_bytes")));
    }

    /** As {@link #limitBytes(long)}, with a unit suffix the appliance reads, e.g. {@code "1GB"}. */
    public Builder limitBytes(String limit) {
      return set("limit_bytes", Validate.notBlank(limit, "limit_bytes").strip());
    }

    /**
     * About how long the appliance searches at most ({@code limit_search_duration}); its default is
     * 5 minutes.
     */
    public Builder limitSearchDuration(Duration duration) {
      Validate.notNull(duration, "limit_search_duration");
      if (duration.isNegative()) {
        throw new IllegalArgumentException(
            "limit_search_duration must not be negative, was " + duration);
      }
      return set("limit_search_duration", String.valueOf(duration.toMillis()));
    }

    /** As {@link #limitSearchDuration(Duration)}, with a unit suffix, e.g. {@code "30s"}. */
    public Builder limitSearchDuration(String duration) {
      return set(
          "limit_search_duration", Validate.notBlank(duration, "limit_search_duration").strip());
    }

    /** The output type ({@code output}); {@code pcap} when not set. */
    public Builder output(PacketSearchOutput output) {
      return set("output", Validate.notNull(output, "output").value());
    }

    /**
     * Whether an empty file with 200 comes back when nothing matched ({@code always_return_body});
     * otherwise the appliance answers 204 and nothing is written.
     */
    public Builder alwaysReturnBody(boolean alwaysReturnBody) {
      return set("always_return_body", alwaysReturnBody);
    }

    /**
     * Whether a {@code pcapng} output carries the TLS session secrets ({@code include_secrets}).
     */
    public Builder includeSecrets(boolean includeSecrets) {
      return set("include_secrets", includeSecrets);
    }

    /**
     * Whether an {@code extract} output decrypts files with stored secrets ({@code decrypt_files}).
     */
    public Builder decryptFiles(boolean decryptFiles) {
      return set("decrypt_files", decryptFiles);
    }

    /**
     * The search.
     *
     * @throws IllegalArgumentException when {@code from} is not set
     */
    public PacketSearch build() {
      require("PacketSearch", "from");
      return new PacketSearch(this);
    }
  }
}
