package io.netobs.extrahop;

import io.netobs.extrahop.internal.Crud;
import io.netobs.extrahop.internal.Transfers;
import io.netobs.extrahop.model.ApplianceInfo;
import io.netobs.extrahop.model.CertificateSigningRequest;
import io.netobs.extrahop.model.DetectionAccess;
import io.netobs.extrahop.model.EditionInfo;
import io.netobs.extrahop.model.IdracInfo;
import io.netobs.extrahop.model.PlatformInfo;
import io.netobs.extrahop.model.ProcessInfo;
import io.netobs.extrahop.model.ServiceSettings;
import io.netobs.extrahop.model.TicketingSettings;
import io.netobs.extrahop.model.VersionInfo;
import io.netobs.extrahop.request.CloudConnection;
import io.netobs.extrahop.request.DetectionAccessUpdate;
import io.netobs.extrahop.request.ServiceSettingsUpdate;
import io.netobs.extrahop.request.SigningRequestCreate;
import io.netobs.extrahop.request.TicketingUpdate;
import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.Checks;
import io.netobs.http.internal.HttpCore;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The appliance itself ({@code /extrahop}): firmware metadata and {@link #firmware() firmware},
 * platform, edition, processes, services, ticketing, detections access, its SSL certificate, its
 * connection to RevealX 360, restart and shutdown. Several operations here change the appliance in
 * ways that are hard to undo; their Javadoc says so.
 */
public final class ExtraHopSystem {
  private static final Pattern PROCESS_NAME = Pattern.compile("[A-Za-z0-9._-]+");

  private static final String BINARY = "application/octet-stream";

  private final HttpCore core;
  private final Firmware firmware;

  ExtraHopSystem(HttpCore core) {
    this(core, new Jobs(core));
  }

  ExtraHopSystem(HttpCore core, Jobs jobs) {
    this.core = core;
    this.firmware = new Firmware(core, jobs);
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

  /**
   * The appliance's firmware: upload, download, upgrade, roll back ({@code /extrahop/firmware}).
   *
   * @return the firmware resource
   */
  public Firmware firmware() {
    return firmware;
  }

  /**
   * The edition of the appliance: {@code GET /extrahop/edition}.
   *
   * @return the edition
   */
  public EditionInfo edition() {
    return Crud.getAt(core, EditionInfo.class, "/extrahop/edition");
  }

  /**
   * Which services of the appliance run (SNMP, SSH, web interface, port 80 redirect): {@code GET
   * /extrahop/services}.
   *
   * @return the service settings
   */
  public ServiceSettings services() {
    return Crud.getAt(core, ServiceSettings.class, "/extrahop/services");
  }

  /**
   * Turns services on or off: {@code PATCH /extrahop/services}, answered 204. Turning off {@code
   * gui} or {@code ssh} locks out the people who use them until the service is turned on again.
   *
   * @param update the services to change
   */
  public void updateServices(ServiceSettingsUpdate update) {
    core.send(
        ApiRequest.patch("/extrahop/services")
            .json(Crud.body(update, "update"))
            .idempotent(true)
            .build());
  }

  /**
   * Whether ticket tracking of detections is on: {@code GET /extrahop/ticketing}.
   *
   * @return the ticketing settings
   */
  public TicketingSettings ticketing() {
    return Crud.getAt(core, TicketingSettings.class, "/extrahop/ticketing");
  }

  /**
   * Changes the ticket tracking settings: {@code PATCH /extrahop/ticketing}, answered 204.
   *
   * @param update the fields to change
   */
  public void updateTicketing(TicketingUpdate update) {
    core.send(
        ApiRequest.patch("/extrahop/ticketing")
            .json(Crud.body(update, "update"))
            .idempotent(true)
            .build());
  }

  /**
   * The detections access control settings: {@code GET /extrahop/detections/access}.
   *
   * @return the settings
   */
  public DetectionAccess detectionAccess() {
    return Crud.getAt(core, DetectionAccess.class, "/extrahop/detections/access");
  }

  /**
   * Replaces the detections access control settings: {@code PUT /extrahop/detections/access},
   * answered 204. Turning it on hides detections from every user who was not granted access to
   * them.
   *
   * @param settings the settings
   */
  public void replaceDetectionAccess(DetectionAccessUpdate settings) {
    core.send(
        ApiRequest.put("/extrahop/detections/access")
            .json(Crud.body(settings, "settings"))
            .build());
  }

  /**
   * Creates a certificate signing request for the appliance's SSL certificate: {@code POST
   * /extrahop/sslcert/signingrequest}. The appliance keeps the private key; hand the request to a
   * certificate authority and install what it signs with {@link #replaceSslCertificate(String)}.
   *
   * @param request the certificate's subject and alternative names
   * @return the signing request
   */
  public CertificateSigningRequest createSigningRequest(SigningRequestCreate request) {
    return core.json(
        ApiRequest.post("/extrahop/sslcert/signingrequest")
            .json(Crud.body(request, "request"))
            .build(),
        CertificateSigningRequest.class);
  }

  /**
   * Uploads a cloud resources file (threat intelligence and other content that appliances connected
   * to ExtraHop Cloud Services receive on their own), streamed from disk: {@code POST
   * /extrahop/cloudresources}, answered 201. Not retried once sent.
   *
   * @param file the cloud resources file, as downloaded from ExtraHop
   * @throws IllegalArgumentException when {@code file} is not a readable file
   */
  public void uploadCloudResources(Path file) {
    core.send(Transfers.postFile("/extrahop/cloudresources", file, "file", BINARY));
  }

  /**
   * As {@link #uploadCloudResources(Path)}, reading the file from {@code in}, once; the stream is
   * closed.
   *
   * @param in the file's bytes
   * @param length the number of bytes, or -1 when unknown (then sent chunked)
   */
  public void uploadCloudResources(InputStream in, long length) {
    core.send(Transfers.postStream("/extrahop/cloudresources", in, length, BINARY));
  }

  /**
   * Connects this sensor to RevealX 360 with a token made there: {@code POST /cloud/connect},
   * answered 201 (firmware 26.3 and later). The token travels in the body, which the wire log
   * masks. Undoing it takes disconnecting the sensor in RevealX 360.
   *
   * @param connection the RevealX 360 connection token
   */
  public void connectToCloud(CloudConnection connection) {
    core.send(ApiRequest.post("/cloud/connect").json(Crud.body(connection, "connection")).build());
  }

  /**
   * Restarts the appliance: {@code POST /extrahop/restart}, answered 202.
   *
   * <p><b>Disruptive and cannot be stopped once sent:</b> capture, analysis, the web interface and
   * this API are down until the appliance is back, usually several minutes; calls in the meantime
   * fail with transport errors. Never retried.
   */
  public void restart() {
    core.send(ApiRequest.post("/extrahop/restart").build());
  }

  /**
   * Shuts the appliance down: {@code POST /extrahop/shutdown}, answered 202.
   *
   * <p><b>Cannot be undone through the API:</b> the appliance powers off and stays off until
   * someone powers it on at the machine, its iDRAC or its hypervisor. Capture and analysis stop.
   * Never retried.
   */
  public void shutdown() {
    core.send(ApiRequest.post("/extrahop/shutdown").build());
  }
}
