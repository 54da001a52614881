package io.netobs.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Which server certificates a client accepts. Hostname verification stays on in every mode but
 * {@link #insecureTrustAnyCertificateAndHostname()}.
 */
public final class TlsTrust {
  /** How the certificate chain is checked. */
  public enum Mode {
    /** The JVM's default trust store. */
    SYSTEM,
    /**
     * Only the certificates of a PEM file or text (one self-signed certificate, or a CA bundle).
     */
    PEM,
    /** Only a leaf certificate whose SHA-256 fingerprint is the pinned one. */
    FINGERPRINT,
    /** Anything: no chain check, no hostname check. */
    INSECURE
  }

  private static final TlsTrust SYSTEM = new TlsTrust(Mode.SYSTEM, null, null);

  private final Mode mode;
  private final String pem;
  private final byte[] sha256;

  private TlsTrust(Mode mode, String pem, byte[] sha256) {
    this.mode = mode;
    this.pem = pem;
    this.sha256 = sha256;
  }

  /** The JVM's default trust store (the default). */
  public static TlsTrust system() {
    return SYSTEM;
  }

  /**
   * Trusts only the certificates in this PEM text (a self-signed appliance certificate, or CAs).
   */
  public static TlsTrust pem(String pemText) {
    Objects.requireNonNull(pemText, "pemText");
    if (!pemText.contains("-----BEGIN CERTIFICATE-----")) {
      throw new IllegalArgumentException(
          "pemText must contain at least one '-----BEGIN CERTIFICATE-----' block");
    }
    return new TlsTrust(Mode.PEM, pemText, null);
  }

  /** Trusts only the certificates in this PEM file. */
  public static TlsTrust pemFile(Path pemFile) {
    Objects.requireNonNull(pemFile, "pemFile");
    try {
      return pem(Files.readString(pemFile, StandardCharsets.US_ASCII));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read PEM file " + pemFile, e);
    }
  }

  /**
   * Trusts a server whose leaf certificate has this SHA-256 fingerprint, as printed by {@code
   * openssl x509 -noout -fingerprint -sha256} (hex, colons optional, any case). The host name must
   * still match the certificate.
   */
  public static TlsTrust sha256Fingerprint(String fingerprint) {
    Objects.requireNonNull(fingerprint, "fingerprint");
    String hex = fingerprint.replace(":", "").replace(" ", "").toLowerCase(Locale.ROOT);
    if (hex.startsWith("sha256=")) {
      hex = hex.substring("sha256=".length());
    }
    if (!hex.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException(
          "fingerprint must be 32 bytes of hex (64 digits, colons allowed), was '"
              + fingerprint
              + "'");
    }
    return new TlsTrust(Mode.FINGERPRINT, null, HexFormat.of().parseHex(hex));
  }

  /**
   * Turns certificate and host name verification off. Anyone between the client and the server can
   * then read and change the traffic, credentials included. Every client built with it logs a
   * warning. Prefer {@link #pem} or {@link #sha256Fingerprint}.
   */
  public static TlsTrust insecureTrustAnyCertificateAndHostname() {
    return new TlsTrust(Mode.INSECURE, null, null);
  }

  /**
   * How the server's certificate chain is checked.
   *
   * @return the mode
   */
  public Mode mode() {
    return mode;
  }

  /** The trusted PEM text (mode PEM), else null. */
  public @Nullable String pemText() {
    return pem;
  }

  /** The pinned fingerprint (mode FINGERPRINT), else null. */
  public byte @Nullable [] sha256() {
    return sha256 == null ? null : sha256.clone();
  }

  @Override
  public String toString() {
    return switch (mode) {
      case SYSTEM -> "TlsTrust.system()";
      case PEM ->
          "TlsTrust.pem("
              + (pem.split("-----BEGIN CERTIFICATE-----", -1).length - 1)
              + " certificates)";
      case FINGERPRINT -> "TlsTrust.sha256Fingerprint(" + HexFormat.of().formatHex(sha256) + ")";
      case INSECURE -> "TlsTrust.insecureTrustAnyCertificateAndHostname()";
    };
  }
}
