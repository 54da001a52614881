package io.netobs.extrahop.request;

import io.netobs.extrahop.internal.Validate;
import io.netobs.http.RequestBody;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /extrahop/sslcert/signingrequest}: the subject of the certificate to
 * request ({@code subject}, of which the common name is required) and the names it applies to
 * ({@code subject_alternative_names}, sent as an empty list when none is added).
 */
public final class SigningRequestCreate extends RequestBody {
  private SigningRequestCreate(Builder builder) {
    super(builder);
  }

  /** A builder with no field set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this body's fields, to build a variant. */
  public Builder toBuilder() {
    return copyInto(new Builder());
  }

  /** Builds a {@link SigningRequestCreate}. */
  public static final class Builder extends RequestBody.Builder<Builder> {
    private Builder() {}

    /** The subject's common name, CN (not blank). */
    public Builder commonName(String commonName) {
      return subject("common_name", commonName);
    }

    /** The subject's country, C (not blank). */
    public Builder countryCode(String countryCode) {
      return subject("country_code", countryCode);
    }

    /** The subject's state or province, ST (not blank). */
    public Builder stateOrProvinceName(String stateOrProvinceName) {
      return subject("state_or_province_name", stateOrProvinceName);
    }

    /** The subject's locality, L (not blank). */
    public Builder localityName(String localityName) {
      return subject("locality_name", localityName);
    }

    /** The subject's organization, O (not blank). */
    public Builder organizationName(String organizationName) {
      return subject("organization_name", organizationName);
    }

    /** The subject's organizational unit, OU (not blank). */
    public Builder organizationalUnitName(String organizationalUnitName) {
      return subject("organizational_unit_name", organizationalUnitName);
    }

    /** The subject's e-mail address, emailAddress (not blank). */
    public Builder emailAddress(String emailAddress) {
      return subject("email_address", emailAddress);
    }

    /**
     * Adds a name the certificate applies to, e.g. {@code ("dns", "eh.example.com")} or {@code
     * ("ip", "10.0.0.10")} (both not blank).
     */
    public Builder subjectAlternativeName(String type, String name) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("type", Validate.notBlank(type, "type"));
      entry.put("name", Validate.notBlank(name, "name"));
      List<Object> names = new ArrayList<>(existingNames());
      names.add(Collections.unmodifiableMap(entry));
      return set("subject_alternative_names", List.copyOf(names));
    }

    private List<?> existingNames() {
      return get("subject_alternative_names") instanceof List<?> list ? list : List.of();
    }

    private Builder subject(String field, String value) {
      Validate.notBlank(value, field);
      Map<String, Object> subject = new LinkedHashMap<>();
      if (get("subject") instanceof Map<?, ?> existing) {
        existing.forEach((k, v) -> subject.put((String) k, v));
      }
      subject.put(field, value);
      return set("subject", Collections.unmodifiableMap(subject));
    }

    /**
     * The body.
     *
     * @throws IllegalArgumentException when the subject's {@code common_name} is not set
     */
    public SigningRequestCreate build() {
      if (!(get("subject") instanceof Map<?, ?> subject) || subject.get("common_name") == null) {
        throw new IllegalArgumentException("SigningRequestCreate: subject.common_name is required");
      }
      if (!has("subject_alternative_names")) {
        set("subject_alternative_names", List.of());
      }
      return new SigningRequestCreate(this);
    }
  }
}
