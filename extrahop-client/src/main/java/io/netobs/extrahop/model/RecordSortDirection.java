package io.netobs.extrahop.model;

/** The order of one sort key of a record search ({@code direction}). */
public enum RecordSortDirection {
  /** {@code asc}: smallest first. */
  ASC,
  /** {@code desc}: largest first. */
  DESC;

  /** The value as it goes over the wire. */
  public String value() {
    return this == ASC ? "asc" : "desc";
  }
}
