package io.netobs.kentik.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.netobs.http.internal.Json;
import io.netobs.kentik.model.MatchField;
import io.netobs.kentik.request.Criterion;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Assembles the JSON of Batch API parts, item by item, into one reusable buffer, and knows at every
 * step how many bytes the part will have once closed. An item that would take the closed part over
 * the limit is refused (and the buffer left as it was), so the caller can send the part and start
 * the next.
 *
 * <p>A part reads {@code
 * {"upserts":[{"value":V,"criteria":[C,...]},...],"deletes":[{"value":V},...],
 * "replace_all":B,"complete":B,"guid":G}}. The flags come last because whether a part is the last
 * one is known only once it is full or the source is exhausted. Consecutive criteria with the same
 * value share one upsert entry; a value whose criteria span two parts simply appears in both (each
 * criterion and its value is one tag or populator of its own).
 *
 * <p>Each criterion is written once by a Jackson streaming generator into a small scratch buffer,
 * then copied; nothing else is held, so memory stays at about one part whatever the number of
 * items.
 */
public final class PartWriter {
  private static final byte[] OPEN = ascii("{\"upserts\":[");
  private static final byte[] VALUE_OPEN = ascii("{\"value\":\"");
  private static final byte[] CRITERIA_OPEN = ascii("\",\"criteria\":[");
  private static final byte[] GROUP_CLOSE = ascii("]}");
  private static final byte[] DELETES_OPEN = ascii("],\"deletes\":[");
  private static final byte[] NO_DELETES = ascii("],\"deletes\":[]");
  private static final byte[] DELETE_CLOSE = ascii("\"}");

  private final int limit;
  private final boolean replaceAll;
  private final Buffer part;
  private final Buffer scratch = new Buffer(256);
  private final JsonGenerator generator;

  private byte[] trailerStart; // ,"replace_all":B,"complete":
  private byte[] trailerEnd; // ,"guid":"G"} or }
  private int trailerReserve;

  private boolean groupOpen;
  private String groupValue;
  private boolean anyGroup;
  private boolean inDeletes;
  private boolean anyDelete;
  private int criteria;
  private int deletes;

  public PartWriter(int limit, boolean replaceAll) {
    this.limit = limit;
    this.replaceAll = replaceAll;
    this.part = new Buffer(Math.min(limit, 64 * 1024));
    try {
      this.generator = Json.mapper().getFactory().createGenerator(scratch);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    generator.setRootValueSeparator(null);
  }

  /** Starts a new part; {@code guid} is null for the first part of an operation. */
  public void start(String guid) {
    part.reset();
    part.write(OPEN);
    trailerStart = ascii(",\"replace_all\":" + replaceAll + ",\"complete\":");
    trailerEnd =
        guid == null ? ascii("}") : concat(ascii(",\"guid\":\""), escape(guid), ascii("\"}"));
    trailerReserve = trailerStart.length + "false".length() + trailerEnd.length;
    groupOpen = false;
    groupValue = null;
    anyGroup = false;
    inDeletes = false;
    anyDelete = false;
    criteria = 0;
    deletes = 0;
    if (OPEN.length + NO_DELETES.length + trailerReserve > limit) {
      throw new IllegalArgumentException(
          "the part size limit of " + limit + " bytes leaves no room for any item");
    }
  }

  /**
   * Adds one criterion with its value, if the closed part stays within the limit.
   *
   * @return false, leaving the part unchanged, when it does not fit
   */
  public boolean addCriterion(String value, Criterion criterion) {
    if (inDeletes) {
      throw new IllegalStateException("upserts must come before deletes");
    }
    writeCriterion(criterion);
    int mark = part.size;
    boolean sameGroup = groupOpen && value.equals(groupValue);
    if (sameGroup) {
      part.write(',');
    } else {
      if (groupOpen) {
        part.write(GROUP_CLOSE);
      }
      if (anyGroup) {
        part.write(',');
      }
      part.write(VALUE_OPEN);
      writeEscaped(value);
      part.write(CRITERIA_OPEN);
    }
    part.write(scratch.bytes, 0, scratch.size);
    if (part.size + GROUP_CLOSE.length + NO_DELETES.length + trailerReserve > limit) {
      part.size = mark;
      return false;
    }
    groupOpen = true;
    groupValue = value;
    anyGroup = true;
    criteria++;
    return true;
  }

  /**
   * Adds one delete, if the closed part stays within the limit. Once a delete is in a part, no more
   * criteria can be added to it.
   *
   * @return false, leaving the part unchanged, when it does not fit
   */
  public boolean addDelete(String value) {
    int mark = part.size;
    if (!inDeletes) {
      if (groupOpen) {
        part.write(GROUP_CLOSE);
      }
      part.write(DELETES_OPEN);
    } else if (anyDelete) {
      part.write(',');
    }
    part.write(VALUE_OPEN);
    writeEscaped(value);
    part.write(DELETE_CLOSE);
    if (part.size + 1 + trailerReserve > limit) {
      part.size = mark;
      return false;
    }
    inDeletes = true;
    groupOpen = false;
    anyDelete = true;
    deletes++;
    return true;
  }

  /** Whether the part holds no item yet. */
  public boolean isEmpty() {
    return criteria == 0 && deletes == 0;
  }

  /** Criteria in the current part. */
  public int criteria() {
    return criteria;
  }

  /** Deletes in the current part. */
  public int deletes() {
    return deletes;
  }

  /** The bytes one criterion and its value take on the wire, for error messages. */
  public int sizeOf(String value, Criterion criterion) {
    writeCriterion(criterion);
    return VALUE_OPEN.length
        + escape(value).length
        + CRITERIA_OPEN.length
        + scratch.size
        + GROUP_CLOSE.length;
  }

  /** The size of a part holding nothing but the fixed fields, in bytes. */
  public int emptyPartSize() {
    return OPEN.length + NO_DELETES.length + trailerReserve;
  }

  /**
   * Closes the part and returns its bytes; call {@link #start(String)} before adding to the next
   * one.
   */
  public byte[] finish(boolean complete) {
    if (inDeletes) {
      part.write(']');
    } else {
      if (groupOpen) {
        part.write(GROUP_CLOSE);
      }
      part.write(NO_DELETES);
    }
    part.write(trailerStart);
    part.write(ascii(Boolean.toString(complete)));
    part.write(trailerEnd);
    if (part.size > limit) {
      throw new IllegalStateException(
          "batch part of " + part.size + " bytes exceeds the limit of " + limit);
    }
    return Arrays.copyOf(part.bytes, part.size);
  }

  private void writeCriterion(Criterion criterion) {
    scratch.reset();
    try {
      generator.writeStartObject();
      if (criterion.direction().isPresent()) {
        generator.writeStringField("direction", criterion.direction().get().value());
      }
      for (Map.Entry<MatchField, List<String>> field : criterion.fields().entrySet()) {
        generator.writeArrayFieldStart(field.getKey().wireName());
        for (String v : field.getValue()) {
          generator.writeString(v);
        }
        generator.writeEndArray();
      }
      generator.writeEndObject();
      generator.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // writing to memory does not fail
    }
  }

  /**
   * Writes {@code text} as the inside of a JSON string into the part. Text of printable ASCII
   * without a quote or backslash, as populator values and tag names always are, is its own JSON and
   * is copied without the two arrays Jackson's encoder allocates; anything else goes through the
   * encoder.
   */
  private void writeEscaped(String text) {
    int length = text.length();
    part.ensure(length);
    int at = part.size;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
        part.write(escape(text));
        return;
      }
      part.bytes[at + i] = (byte) c;
    }
    part.size = at + length;
  }

  private static byte[] escape(String text) {
    return JsonStringEncoder.getInstance().quoteAsUTF8(text);
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[]... arrays) {
    int n = 0;
    for (byte[] a : arrays) {
      n += a.length;
    }
    byte[] all = new byte[n];
    int at = 0;
    for (byte[] a : arrays) {
      System.arraycopy(a, 0, all, at, a.length);
      at += a.length;
    }
    return all;
  }

  /** A growable byte buffer whose contents can be cut back to a mark. */
  static final class Buffer extends OutputStream {
    byte[] bytes;
    int size;

    Buffer(int capacity) {
      bytes = new byte[Math.max(16, capacity)];
    }

    void reset() {
      size = 0;
    }

    void ensure(int more) {
      if (size + more > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
      }
    }

    @Override
    public void write(int b) {
      ensure(1);
      bytes[size++] = (byte) b;
    }

    @Override
    public void write(byte[] b) {
      write(b, 0, b.length);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      ensure(len);
      System.arraycopy(b, off, bytes, size, len);
      size += len;
    }
  }
}
