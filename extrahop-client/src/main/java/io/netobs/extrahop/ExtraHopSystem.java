package io.netobs.extrahop;

import io.netobs.extrahop.internal.Crud;
import io.netobs.extrahop.model.ApplianceInfo;
import io.netobs.extrahop.model.IdracInfo;
import io.netobs.extrahop.model.PlatformInfo;
import io.netobs.extrahop.model.ProcessInfo;
import io.netobs.extrahop.model.VersionInfo;
import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.Checks;
import io.netobs.http.internal.HttpCore;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The appliance itself ({@code /extrahop}): firmware metadata, platform, processes, and its SSL
 * certificate. Several operations here change the appliance in ways that are hard to undo; their
 * Javadoc says so.
 */
public final class ExtraHopSystem {
  private static final Pattern PROCESS_NAME = Pattern.compile("[A-Za-z0-9._-]+");

  private final HttpCore core;

  ExtraHopSystem(HttpCore core) {
    this.core = core;
  }

  /** Metadata about the firmware running on the appliance: {@code GET /extrahop}. */
  public ApplianceInfo info() {
    return Crud.getAt(core, ApplianceInfo.class, "/extrahop");
  }

  /** The iDRAC IP address of the appliance: {@code GET /extrahop/idrac}. */
  public IdracInfo idrac() {
    return Crud.getAt(core, IdracInfo.class, "/extrahop/idrac");
  }

  /** The platform name of the appliance: {@code GET /extrahop/platform}. */
  public PlatformInfo platform() {
    return Crud.getAt(core, PlatformInfo.class, "/extrahop/platform");
  }

  /** The processes running on the appliance: {@code GET /extrahop/processes}. */
  public List<ProcessInfo> processes() {
    return Crud.listAt(core, ProcessInfo.class, "/extrahop/processes");
  }

  /** The firmware version: {@code GET /extrahop/version}. */
  public VersionInfo version() {
    return Crud.getAt(core, VersionInfo.class, "/extrahop/version");
  }

  /**
   * Restarts a process on the appliance: {@code POST /extrahop/processes/{process}/restart}.
   *
   * <p><b>Changes the appliance's state:</b> the process stops at once; capture, analysis or the
   * API itself (for {@code exapi} or {@code webserver}) is interrupted until it is back. Never
   * retried.
   *
   * @param process a process name as {@link #processes()} lists it, such as {@code exalerts}
   */
  public void restartProcess(String process) {
    Checks.notBlank(process, "process");
    if (!PROCESS_NAME.matcher(process).matches()) {
      throw new IllegalArgumentException(
          "process must be a process name such as exalerts (letters, digits, '.', '_', '-'), was '"
              + process
              + "'");
    }
    core.send(ApiRequest.post("/extrahop/processes/{}/restart", process).build());
  }

  /**
   * Regenerates the appliance's self-signed SSL certificate: {@code POST /extrahop/sslcert}.
   *
   * <p><b>Cannot be undone:</b> the current certificate is replaced. Every client that trusts or
   * pins the old certificate (including this one, when built with {@code caCertificate} or {@code
   * certificateFingerprint}) fails its TLS handshake until it is given the new one.
   */
  public void regenerateSslCertificate() {
    core.send(ApiRequest.post("/extrahop/sslcert").build());
  }

  /**
   * Replaces the appliance's SSL certificate: {@code PUT /extrahop/sslcert} with the certificate
   * and its private key in PEM, sent as a JSON string.
   *
   * <p><b>Cannot be undone:</b> the current certificate and key are replaced. Clients that trust or
   * pin the old certificate fail until they are given the new one. The private key travels in the
   * body, which never reaches the wire log; the call is not retried once sent.
   *
   * @param certificateAndKeyPem the certificate (and chain) followed by its private key, PEM
   */
  public void replaceSslCertificate(String certificateAndKeyPem) {
    Checks.notBlank(certificateAndKeyPem, "certificateAndKeyPem");
    if (!certificateAndKeyPem.contains("-----BEGIN CERTIFICATE-----")
        || !certificateAndKeyPem.contains("PRIVATE KEY-----")) {
      throw new IllegalArgumentException(
          "certificateAndKeyPem must hold a PEM certificate and its PEM private key");
    }
    core.send(ApiRequest.put("/extrahop/sslcert").json(certificateAndKeyPem).build());
  }
}
