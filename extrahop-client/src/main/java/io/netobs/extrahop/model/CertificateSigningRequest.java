package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A certificate signing request made by the appliance ({@code POST
 * /extrahop/sslcert/signingrequest}).
 *
 * @param pem the request in PEM, to hand to a certificate authority
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record CertificateSigningRequest(
    @JsonProperty("pem") @Nullable String pem,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public CertificateSigningRequest {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
