package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.netobs.http.ExtensibleEnum;

/**
 * What a packet search answers with ({@code output}). Values this release does not know are kept as
 * given and sent unchanged.
 */
public final class PacketSearchOutput extends ExtensibleEnum {
  /** {@code pcap}: a PCAP file of the packets (the appliance's default). */
  public static final PacketSearchOutput PCAP = new PacketSearchOutput("pcap", true);

  /** {@code keylog_txt}: a text file of the TLS session secrets for decryption (key log). */
  public static final PacketSearchOutput KEYLOG_TXT = new PacketSearchOutput("keylog_txt", true);

  /** {@code pcapng}: a PCAPNG file, which can carry the session secrets beside the packets. */
  public static final PacketSearchOutput PCAPNG = new PacketSearchOutput("pcapng", true);

  /** {@code zip}: a ZIP file holding a PCAP file and a key log file. */
  public static final PacketSearchOutput ZIP = new PacketSearchOutput("zip", true);

  /**
   * {@code extract}: a ZIP file of the files extracted from the matching packets; needs full NDR
   * access.
   */
  public static final PacketSearchOutput EXTRACT = new PacketSearchOutput("extract", true);

  private static final PacketSearchOutput[] KNOWN = {PCAP, KEYLOG_TXT, PCAPNG, ZIP, EXTRACT};

  private PacketSearchOutput(String value, boolean known) {
    super(value, known);
  }

  /**
   * The known constant for {@code value} (any case, surrounding spaces ignored), or a new unknown
   * value that keeps it.
   */
  @JsonCreator
  public static PacketSearchOutput of(String value) {
    String normalized = normalize(value);
    for (PacketSearchOutput known : KNOWN) {
      if (normalize(known.value()).equals(normalized)) {
        return known;
      }
    }
    return new PacketSearchOutput(value, false);
  }
}
