package io.netobs.extrahop;

import com.fasterxml.jackson.databind.JavaType;
import io.netobs.extrahop.AssignmentResult.Failure;
import io.netobs.extrahop.internal.MultiStatus;
import io.netobs.extrahop.internal.Validate;
import io.netobs.http.NetobsException;
import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.Checks;
import io.netobs.http.internal.HttpCore;
import io.netobs.http.internal.Json;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The objects of one kind assigned to one object, such as the devices of a tag ({@code
 * client.tags().devices(tagId)}) or the device groups of an alert ({@code
 * client.alerts().deviceGroups(alertId)}): about two thirds of the API's operations are this one
 * pattern.
 *
 * <ul>
 *   <li>{@link #list()}: {@code GET /{resource}/{id}/{children}}
 *   <li>{@link #assign}, {@link #unassign}, {@link #update}: {@code POST
 *       /{resource}/{id}/{children}} with {@code {"assign": [...], "unassign": [...]}}; the answer
 *       is 204, or 207 when only some ids were applied, which the returned {@link AssignmentResult}
 *       reports
 *   <li>{@link #assignOne}: {@code POST /{resource}/{id}/{children}/{childId}}
 *   <li>{@link #unassignOne}: {@code DELETE /{resource}/{id}/{children}/{childId}}
 * </ul>
 *
 * <p>Ids are checked (positive, not both assigned and unassigned) before anything is sent, and
 * duplicates are dropped. Long id lists are sent in batches of at most {@link #batchSize()} ids
 * (default {@value #DEFAULT_BATCH_SIZE}) and the results merged. Assignment calls are safe to
 * repeat, so they are retried like reads. Immutable and thread-safe.
 *
 * @param <C> the type of the assigned objects
 */
public final class Assignments<C> {
  /**
   * The largest number of ids sent in one call unless {@link #withBatchSize(int)} says otherwise.
   */
  public static final int DEFAULT_BATCH_SIZE = 1000;

  private static final int BODY_LIMIT = 1024 * 1024;

  private final HttpCore core;
  private final String collectionPath;
  private final Object[] collectionParams;
  private final String onePath;
  private final Object[] oneParams;
  private final JavaType listType;
  private final int batchSize;
  private final long smallestChildId;

  private Assignments(
      HttpCore core,
      String collectionPath,
      Object[] collectionParams,
      String onePath,
      Object[] oneParams,
      JavaType listType,
      int batchSize,
      long smallestChildId) {
    this.core = core;
    this.collectionPath = collectionPath;
    this.collectionParams = collectionParams;
    this.onePath = onePath;
    this.oneParams = oneParams;
    this.listType = listType;
    this.batchSize = batchSize;
    this.smallestChildId = smallestChildId;
  }

  /**
   * The smallest id of an object of {@code resource}: 0 for networks, whose id 0 is the "All"
   * network appliances answer with; 1 for everything else.
   */
  private static long smallestId(String resource) {
    return resource.equals("networks") ? 0 : 1;
  }

  /** The {@code children} of the object {@code /resource/parentId}. */
  static <C> Assignments<C> of(
      HttpCore core, String resource, long parentId, String children, Class<C> type) {
    checkId(parentId, smallestId(resource), "id");
    return new Assignments<>(
        core,
        "/" + resource + "/{}/" + children,
        new Object[] {parentId},
        "/" + resource + "/{}/" + children + "/{}",
        new Object[] {parentId},
        Json.listOf(type),
        DEFAULT_BATCH_SIZE,
        smallestId(children));
  }

  /**
   * Assignments kept at fixed paths, such as the whitelist's {@code /whitelist/devices} and {@code
   * /whitelist/device/{id}}.
   */
  static <C> Assignments<C> at(
      HttpCore core, String collectionPath, String onePath, Class<C> type) {
    return new Assignments<>(
        core,
        collectionPath,
        new Object[0],
        onePath,
        new Object[0],
        Json.listOf(type),
        DEFAULT_BATCH_SIZE,
        1);
  }

  /** The same assignments, sent in batches of at most {@code batchSize} ids (1 or more). */
  public Assignments<C> withBatchSize(int batchSize) {
    Checks.atLeast(batchSize, 1, "batchSize");
    return new Assignments<>(
        core,
        collectionPath,
        collectionParams,
        onePath,
        oneParams,
        listType,
        batchSize,
        smallestChildId);
  }

  /** The largest number of ids sent in one call. */
  public int batchSize() {
    return batchSize;
  }

  /** The assigned objects. */
  public List<C> list() {
    return core.json(ApiRequest.get(collectionPath, collectionParams).build(), listType);
  }

  /**
   * The assigned objects, only those assigned to this object itself (not through a group it belongs
   * to) when {@code directAssignmentsOnly}: {@code GET ...?direct_assignments_only=..}. Current
   * firmware takes it on the alerts and triggers of a device, device group or application.
   */
  public List<C> list(boolean directAssignmentsOnly) {
    return core.json(
        ApiRequest.get(collectionPath, collectionParams)
            .query("direct_assignments_only", directAssignmentsOnly)
            .build(),
        listType);
  }

  /** Assigns these ids. */
  public AssignmentResult assign(long... ids) {
    return update(boxed(ids, "ids"), List.of(), "ids", "unassign");
  }

  /** Assigns these ids. */
  public AssignmentResult assign(Collection<Long> ids) {
    return update(ids, List.of(), "ids", "unassign");
  }

  /** Unassigns these ids. */
  public AssignmentResult unassign(long... ids) {
    return update(List.of(), boxed(ids, "ids"), "assign", "ids");
  }

  /** Unassigns these ids. */
  public AssignmentResult unassign(Collection<Long> ids) {
    return update(List.of(), ids, "assign", "ids");
  }

  /**
   * Assigns and unassigns in one call ({@code {"assign": [...], "unassign": [...]}}), or in batches
   * for long lists. When both lists are empty nothing is sent.
   *
   * @return which ids were applied; check {@link AssignmentResult#isSuccess()} or call {@link
   *     AssignmentResult#requireSuccess()}
   * @throws IllegalArgumentException when an id is not positive (negative, for networks, whose
   *     "All" network is id 0) or is in both lists
   * @throws AssignmentException when a batch fails after earlier batches were applied
   */
  public AssignmentResult update(Collection<Long> assign, Collection<Long> unassign) {
    return update(assign, unassign, "assign", "unassign");
  }

  /** As {@link #update(Collection, Collection)}, naming the lists as the public method does. */
  AssignmentResult update(
      Collection<Long> assign, Collection<Long> unassign, String assignName, String unassignName) {
    List<Long> toAssign = checked(assign, assignName);
    List<Long> toUnassign = checked(unassign, unassignName);
    Set<Long> assignSet = new LinkedHashSet<>(toAssign);
    Set<Long> unassignSet = new LinkedHashSet<>(toUnassign);
    for (Long id : assignSet) {
      if (unassignSet.contains(id)) {
        throw new IllegalArgumentException("id " + id + " is in both assign and unassign");
      }
    }
    if (toAssign.isEmpty() && toUnassign.isEmpty()) {
      return AssignmentResult.nothingToDo();
    }

    List<Failure> failures = new ArrayList<>();
    List<String> rawBodies = new ArrayList<>();
    int calls = 0;
    int partial = 0;
    int unreadable = 0;
    int total = toAssign.size() + toUnassign.size();
    for (int start = 0; start < total; start += batchSize) {
      int end = Math.min(total, start + batchSize);
      List<Long> batchAssign = slice(toAssign, start, end, 0);
      List<Long> batchUnassign = slice(toUnassign, start, end, toAssign.size());
      Map<String, Object> body = new LinkedHashMap<>();
      if (!batchAssign.isEmpty()) {
        body.put("assign", batchAssign);
      }
      if (!batchUnassign.isEmpty()) {
        body.put("unassign", batchUnassign);
      }
      Answer answer;
      try {
        answer = post(body);
      } catch (NetobsException e) {
        if (calls == 0) {
          throw e;
        }
        AssignmentResult soFar =
            new AssignmentResult(
                toAssign.subList(0, Math.min(start, toAssign.size())),
                toUnassign.subList(0, Math.max(0, start - toAssign.size())),
                failures,
                rawBodies,
                calls,
                partial,
                unreadable);
        List<Long> notAttempted = new ArrayList<>();
        notAttempted.addAll(slice(toAssign, start, total, 0));
        notAttempted.addAll(slice(toUnassign, start, total, toAssign.size()));
        throw new AssignmentException(
            "batch "
                + (calls + 1)
                + " of an assignment failed after "
                + calls
                + " batches were applied; "
                + notAttempted.size()
                + " ids were not sent: "
                + e.getMessage(),
            soFar,
            notAttempted,
            e);
      }
      calls++;
      if (answer.status == 207) {
        partial++;
        rawBodies.add(answer.body);
        if (!MultiStatus.read(
            answer.body,
            new LinkedHashSet<>(batchAssign),
            new LinkedHashSet<>(batchUnassign),
            failures)) {
          unreadable++;
        }
      }
    }
    return new AssignmentResult(
        toAssign, toUnassign, failures, rawBodies, calls, partial, unreadable);
  }

  /** Assigns one object: {@code POST .../{childId}}. */
  public void assignOne(long childId) {
    checkId(childId, smallestChildId, "childId");
    core.send(ApiRequest.post(onePath, withChild(childId)).idempotent(true).build());
  }

  /** Unassigns one object: {@code DELETE .../{childId}}. */
  public void unassignOne(long childId) {
    checkId(childId, smallestChildId, "childId");
    core.send(ApiRequest.delete(onePath, withChild(childId)).build());
  }

  private Object[] withChild(long childId) {
    Object[] params = Arrays.copyOf(oneParams, oneParams.length + 1);
    params[oneParams.length] = childId;
    return params;
  }

  private record Answer(int status, String body) {}

  private Answer post(Map<String, Object> body) {
    ApiRequest request =
        ApiRequest.post(collectionPath, collectionParams).json(body).idempotent(true).build();
    return core.execute(
        request,
        response -> {
          try (InputStream in = response.body()) {
            byte[] bytes = in.readNBytes(BODY_LIMIT);
            return new Answer(response.status(), new String(bytes, StandardCharsets.UTF_8));
          }
        });
  }

  private static List<Long> slice(List<Long> list, int start, int end, int listOffset) {
    int from = Math.max(0, start - listOffset);
    int to = Math.min(list.size(), end - listOffset);
    return from >= to ? List.of() : List.copyOf(list.subList(from, to));
  }

  private static List<Long> boxed(long[] ids, String name) {
    Objects.requireNonNull(ids, name + " must not be null");
    List<Long> list = new ArrayList<>(ids.length);
    for (long id : ids) {
      list.add(id);
    }
    return list;
  }

  /**
   * Checks two id lists as {@link #update(Collection, Collection, String, String)} does, without
   * sending anything: for callers that must refuse bad ids before they choose a path.
   */
  static void check(
      Collection<Long> assign, Collection<Long> unassign, String assignName, String unassignName) {
    List<Long> toAssign = checked(assign, assignName, 1);
    Set<Long> unassignSet = new LinkedHashSet<>(checked(unassign, unassignName, 1));
    for (Long id : toAssign) {
      if (unassignSet.contains(id)) {
        throw new IllegalArgumentException("id " + id + " is in both assign and unassign");
      }
    }
  }

  /** A positive id, or for networks (whose "All" network is id 0) a non-negative one. */
  private static long checkId(long id, long smallest, String name) {
    return smallest == 0 ? Validate.nonNegative(id, name) : Checks.positiveId(id, name);
  }

  private List<Long> checked(Collection<Long> ids, String name) {
    return checked(ids, name, smallestChildId);
  }

  private static List<Long> checked(Collection<Long> ids, String name, long smallestChildId) {
    Objects.requireNonNull(ids, name + " must not be null");
    Set<Long> unique = new LinkedHashSet<>();
    int index = 0;
    for (Long id : ids) {
      if (id == null) {
        throw new NullPointerException(name + " must not contain null");
      }
      if (id < smallestChildId) {
        throw new IllegalArgumentException(
            name
                + "["
                + index
                + "] must be "
                + (smallestChildId == 0 ? "a non-negative" : "a positive")
                + " id, was "
                + id);
      }
      unique.add(id);
      index++;
    }
    return List.copyOf(unique);
  }

  @Override
  public String toString() {
    return "Assignments[" + collectionPath + " " + Arrays.toString(collectionParams) + "]";
  }
}
