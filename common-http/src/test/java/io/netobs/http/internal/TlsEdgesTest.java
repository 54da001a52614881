package io.netobs.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.X509TrustManager;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.Test;

/**
 * A pinned certificate is trusted only while it is valid; the trust manager that reports refusals
 * asks the one it wraps about client certificates too.
 */
class TlsEdgesTest {
  @Test
  void aPinnedCertificateThatHasExpiredIsRefused() throws Exception {
    long notAfter = Instant.parse("2020-01-02T00:00:00Z").toEpochMilli();
    X509Certificate expired =
        new HeldCertificate.Builder()
            .commonName("appliance")
            .validityInterval(notAfter - 86_400_000L, notAfter)
            .build()
            .certificate();
    byte[] pin = MessageDigest.getInstance("SHA-256").digest(expired.getEncoded());

    TlsSetup.FingerprintTrustManager trust = new TlsSetup.FingerprintTrustManager(pin);

    assertThatThrownBy(() -> trust.checkServerTrusted(new X509Certificate[] {expired}, "RSA"))
        .isInstanceOf(CertificateExpiredException.class);
  }

  @Test
  void theReportingTrustManagerAsksTheOneItWrapsAboutClientCertificates() {
    List<String> asked = new ArrayList<>();
    X509TrustManager wrapped =
        new X509TrustManager() {
          @Override
          public void checkClientTrusted(X509Certificate[] chain, String authType)
              throws CertificateException {
            asked.add("client " + authType);
            throw new CertificateException("no client certificates here");
          }

          @Override
          public void checkServerTrusted(X509Certificate[] chain, String authType) {
            asked.add("server " + authType);
          }

          @Override
          public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
          }
        };
    TlsSetup.ReportingTrustManager reporting = new TlsSetup.ReportingTrustManager(wrapped);

    assertThatThrownBy(() -> reporting.checkClientTrusted(new X509Certificate[0], "RSA"))
        .isInstanceOf(CertificateException.class)
        .hasMessage("no client certificates here");
    assertThat(asked).containsExactly("client RSA");
  }
}
