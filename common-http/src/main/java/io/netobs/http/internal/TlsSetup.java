package io.netobs.http.internal;

import io.netobs.http.TlsTrust;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.HexFormat;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Applies a {@link TlsTrust} to an OkHttp client. */
final class TlsSetup {
  private static final Logger LOG = LoggerFactory.getLogger("io.netobs.http");

  private TlsSetup() {}

  static void apply(OkHttpClient.Builder builder, TlsTrust trust) {
    switch (trust.mode()) {
      case SYSTEM -> install(builder, new ReportingTrustManager(systemTrustManager()));
      case PEM -> install(builder, new ReportingTrustManager(pemTrustManager(trust.pemText())));
      case FINGERPRINT -> install(builder, new FingerprintTrustManager(trust.sha256()));
      case INSECURE -> {
        LOG.warn(
            "TLS verification is OFF for this client (TlsTrust.insecureTrustAnyCertificateAndHostname()): "
                + "anyone on the network path can read and change its traffic, credentials included. "
                + "Trust the server's certificate with TlsTrust.pem(..) or TlsTrust.sha256Fingerprint(..) instead.");
        install(builder, new TrustEverything());
        builder.hostnameVerifier((host, session) -> true);
      }
    }
  }

  private static void install(OkHttpClient.Builder builder, X509TrustManager trustManager) {
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {trustManager}, null);
      builder.sslSocketFactory(context.getSocketFactory(), trustManager);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot set up TLS: " + e.getMessage(), e);
    }
  }

  /** The JVM's default trust manager (its trust store), as OkHttp would use it. */
  static X509TrustManager systemTrustManager() {
    try {
      TrustManagerFactory factory =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      factory.init((KeyStore) null);
      for (TrustManager tm : factory.getTrustManagers()) {
        if (tm instanceof X509TrustManager x509) {
          return x509;
        }
      }
      throw new IllegalStateException("no X.509 trust manager available");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot load the JVM's trust store: " + e.getMessage(), e);
    }
  }

  /** The SHA-256 fingerprint of a certificate, as {@code AB:CD:...}. */
  static String fingerprint(X509Certificate certificate) throws CertificateException {
    try {
      return HexFormat.ofDelimiter(":")
          .withUpperCase()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
    } catch (GeneralSecurityException e) {
      throw new CertificateException("cannot compute the certificate fingerprint", e);
    }
  }

  /**
   * A refused server certificate, with the fingerprint of the one the server presented: what a user
   * needs to pin it.
   */
  static final class UntrustedCertificateException extends CertificateException {
    private static final long serialVersionUID = 1L;
    private final String fingerprint;

    UntrustedCertificateException(String fingerprint, CertificateException cause) {
      super(
          "the server's certificate (SHA-256 fingerprint "
              + fingerprint
              + ") is not trusted: "
              + cause.getMessage(),
          cause);
      this.fingerprint = fingerprint;
    }

    String fingerprint() {
      return fingerprint;
    }
  }

  /**
   * Checks as the trust manager it wraps does, and when that refuses the server's certificate, says
   * which certificate it was.
   */
  static final class ReportingTrustManager implements X509TrustManager {
    private final X509TrustManager checks;

    ReportingTrustManager(X509TrustManager checks) {
      this.checks = checks;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType)
        throws CertificateException {
      try {
        checks.checkServerTrusted(chain, authType);
      } catch (CertificateException e) {
        if (chain == null || chain.length == 0) {
          throw e;
        }
        throw new UntrustedCertificateException(fingerprint(chain[0]), e);
      }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType)
        throws CertificateException {
      checks.checkClientTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return checks.getAcceptedIssuers();
    }
  }

  static X509TrustManager pemTrustManager(String pem) {
    try {
      Collection<? extends Certificate> certificates =
          CertificateFactory.getInstance("X.509")
              .generateCertificates(
                  new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
      if (certificates.isEmpty()) {
        throw new IllegalArgumentException("tlsTrust: the PEM text holds no certificate");
      }
      KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
      store.load(null, null);
      int i = 0;
      for (Certificate certificate : certificates) {
        store.setCertificateEntry("trusted-" + i++, certificate);
      }
      TrustManagerFactory factory =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      factory.init(store);
      for (TrustManager tm : factory.getTrustManagers()) {
        if (tm instanceof X509TrustManager x509) {
          return x509;
        }
      }
      throw new IllegalStateException("no X.509 trust manager available");
    } catch (CertificateException e) {
      throw new IllegalArgumentException(
          "tlsTrust: the PEM text is not a valid certificate: " + e.getMessage(), e);
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("cannot load the trusted certificates: " + e.getMessage(), e);
    }
  }

  /** Accepts exactly the pinned leaf certificate; the host name is still verified by OkHttp. */
  static final class FingerprintTrustManager implements X509TrustManager {
    private final byte[] pinned;

    FingerprintTrustManager(byte[] pinned) {
      this.pinned = pinned.clone();
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType)
        throws CertificateException {
      if (chain == null || chain.length == 0) {
        throw new CertificateException("the server sent no certificate");
      }
      byte[] actual;
      try {
        actual = MessageDigest.getInstance("SHA-256").digest(chain[0].getEncoded());
      } catch (GeneralSecurityException e) {
        throw new CertificateException("cannot compute the certificate fingerprint", e);
      }
      if (!MessageDigest.isEqual(actual, pinned)) {
        String presented = HexFormat.ofDelimiter(":").withUpperCase().formatHex(actual);
        throw new UntrustedCertificateException(
            presented,
            new CertificateException(
                "it is not the pinned "
                    + HexFormat.ofDelimiter(":").withUpperCase().formatHex(pinned)));
      }
      chain[0].checkValidity();
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType)
        throws CertificateException {
      throw new CertificateException("client certificates are not checked by this trust manager");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }

  private static final class TrustEverything implements X509TrustManager {
    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
