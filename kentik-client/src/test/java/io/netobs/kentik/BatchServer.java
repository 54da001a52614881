package io.netobs.kentik;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * The Batch API as a dispatcher: records every part, answers 202 with a guid, serves status answers
 * from a queue; single attempts can be given other answers to simulate failures.
 */
final class BatchServer extends Dispatcher {
  static final String GUID = "4c2f8d8e-6f1e-4f3e-9b1a-0d6a5e4f3c21";

  /** One POST as received. */
  record Part(String path, String text, JsonNode json) {
    int size() {
      return text.getBytes(StandardCharsets.UTF_8).length;
    }
  }

  final List<Part> posts = new ArrayList<>();
  final List<String> statusPaths = new ArrayList<>();

  /** Answers for the n-th POST (0-based), instead of the 202. */
  final Map<Integer, MockResponse> postOverrides = new ConcurrentHashMap<>();

  final Deque<String> statuses = new ArrayDeque<>();
  private String lastStatus;

  @Override
  public synchronized MockResponse dispatch(RecordedRequest request) {
    String path = request.getUrl().encodedPath();
    if (request.getMethod().equals("POST") && path.startsWith("/api/v5/batch/")) {
      String text = MockKentik.body(request);
      int index = posts.size();
      posts.add(new Part(path, text, MockKentik.json(text)));
      MockResponse override = postOverrides.remove(index);
      if (override != null) {
        return override;
      }
      return MockKentik.response(
          202,
          "{\"message\": \"Successfully stored request. Batch queued for processing.\", \"guid\": \""
              + GUID
              + "\"}");
    }
    if (request.getMethod().equals("GET") && path.equals("/api/v5/batch/" + GUID + "/status")) {
      statusPaths.add(path);
      if (!statuses.isEmpty()) {
        lastStatus = statuses.poll();
      }
      return MockKentik.response(200, lastStatus);
    }
    return MockKentik.response(
        404, "{\"error\": \"no route for " + request.getMethod() + " " + path + "\"}");
  }

  /** A status answer in the documented shape. */
  static String status(
      boolean complete, int parts, long total, long applied, long deletesPerformed) {
    return MockKentik.q(
        "{'custom_dimension': {'id': 98, 'name': 'c_service'}, 'guid': '"
            + GUID
            + "', 'is_multipart': "
            + (parts > 1)
            + ", 'is_pending': "
            + !complete
            + ", 'is_complete': "
            + complete
            + ", 'number_of_parts': "
            + parts
            + ", 'user': {'id': 2233, 'email': 'username@domain.com'}, 'upserts': {'total': "
            + total
            + ", 'applied': "
            + applied
            + ", 'invalid': 0, 'unchanged': 0, 'over_limit': "
            + (total - applied)
            + "}, 'deletes': {'total': 0, 'applied': 0,"
            + " 'unchanged': 0, 'invalid': 0}, 'replace_all': {'requested': true, 'deletes_performed': "
            + deletesPerformed
            + ", 'successful': true}, 'batch_date': '2018-09-25T21:41:18.88816Z'}");
  }
}
