package io.netobs.extrahop.request;

import io.netobs.extrahop.internal.Validate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What {@code GET /software} lists: the observed software of a type, a name and a version, each
 * optional. Immutable; made by a {@link Builder}.
 *
 * <pre>{@code
 * SoftwareQuery.builder().softwareType("os").name("Windows").build()
 * }</pre>
 */
public final class SoftwareQuery {
  private final String softwareType;
  private final String name;
  private final String version;

  private SoftwareQuery(Builder b) {
    this.softwareType = b.softwareType;
    this.name = b.name;
    this.version = b.version;
  }

  /** A builder with nothing set: every observed software. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this query's values, to build a variant. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.softwareType = softwareType;
    b.name = name;
    b.version = version;
    return b;
  }

  /** The software type wanted, or null for any. */
  public @Nullable String softwareType() {
    return softwareType;
  }

  /** The name wanted, or null for any. */
  public @Nullable String name() {
    return name;
  }

  /** The version wanted, or null for any. */
  public @Nullable String version() {
    return version;
  }

  /** The query parameters as sent; the ones not set are absent. */
  public Map<String, String> toQuery() {
    Map<String, String> query = new LinkedHashMap<>();
    if (softwareType != null) {
      query.put("software_type", softwareType);
    }
    if (name != null) {
      query.put("name", name);
    }
    if (version != null) {
      query.put("version", version);
    }
    return Collections.unmodifiableMap(query);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SoftwareQuery q && q.toQuery().equals(toQuery());
  }

  @Override
  public int hashCode() {
    return Objects.hash(softwareType, name, version);
  }

  @Override
  public String toString() {
    return "SoftwareQuery" + toQuery();
  }

  /** Builds a {@link SoftwareQuery}; each setter checks its value at once. */
  public static final class Builder {
    private String softwareType;
    private String name;
    private String version;

    private Builder() {}

    /** Only software of this type ({@code software_type}), such as {@code os}. */
    public Builder softwareType(String softwareType) {
      this.softwareType = Validate.notNull(softwareType, "software_type");
      return this;
    }

    /** Only software of this name. */
    public Builder name(String name) {
      this.name = Validate.notNull(name, "name");
      return this;
    }

    /** Only software of this version. */
    public Builder version(String version) {
      this.version = Validate.notNull(version, "version");
      return this;
    }

    /** The query. */
    public SoftwareQuery build() {
      return new SoftwareQuery(this);
    }
  }
}
