package io.netobs.http.internal;

import static io.netobs.http.internal.Servers.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.netobs.http.Auth;
import io.netobs.http.AuthRequest;
import io.netobs.http.CoreOptions;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** What an {@link Auth} of the caller's own sees of the request it signs, and what it may add. */
class CustomAuthTest extends MockServerTest {
  /** Signs with the method and URL it is shown, and records what the request says of itself. */
  static final class SigningAuth implements Auth {
    final List<String> seen = new CopyOnWriteArrayList<>();

    @Override
    public void apply(AuthRequest request) {
      seen.add(request.toString());
      seen.add("base " + request.context().baseUrl());
      request.header("X-Signature", request.method() + " " + request.url());
      seen.add("read back " + request.header("x-signature"));
      seen.add("user agent present " + (request.header("User-Agent") != null));
      seen.add("missing " + request.header("X-Nothing"));
    }
  }

  @Test
  void anAuthSeesTheMethodAndFullUrlAndReadsBackTheHeadersOfTheRequest() throws Exception {
    server.enqueue(json(200, "{}"));
    SigningAuth auth = new SigningAuth();
    String base = server.url("/api/v1").toString();
    try (HttpCore core = HttpCore.create(base, auth, CoreOptions.defaults(), d -> {}, () -> 0.0)) {
      core.send(ApiRequest.delete("/tags/{}", 5).query("force", true).build());
    }

    String url = base + "/tags/5?force=true";
    RecordedRequest sent = server.takeRequest();
    assertThat(sent.getHeaders().get("X-Signature")).isEqualTo("DELETE " + url);
    assertThat(auth.seen)
        .containsExactly(
            "AuthRequest[DELETE " + url + "]",
            "base " + base,
            "read back DELETE " + url,
            "user agent present true",
            "missing null");
  }
}
