package io.netobs.http.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.netobs.http.AuthContext;
import io.netobs.http.internal.RetryDecision.CallKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import okhttp3.Credentials;
import okhttp3.FormBody;
import okhttp3.HttpUrl;

/**
 * What a client lends to its {@link io.netobs.http.Auth}: its base URL, its clock, and its attempt
 * loop for the token request, which is therefore retried by the same rules as any call that is safe
 * to repeat (a second token is harmless), over the client's connections, TLS and proxy settings.
 */
final class CoreAuthContext implements AuthContext {
  private final AttemptLoop loop;
  private final String baseUrl;
  private final Clock clock;

  CoreAuthContext(AttemptLoop loop, String baseUrl, Clock clock) {
    this.loop = loop;
    this.baseUrl = baseUrl;
    this.clock = clock;
  }

  @Override
  public String baseUrl() {
    return baseUrl;
  }

  @Override
  public Clock clock() {
    return clock;
  }

  @Override
  public FormAnswer postForm(
      String url, String basicUser, String basicPassword, Map<String, String> form) {
    HttpUrl target = HttpUrl.parse(url);
    if (target == null) {
      throw new IllegalArgumentException(
          "token URL must be an http:// or https:// URL, was '" + url + "'");
    }
    FormBody.Builder formBody = new FormBody.Builder();
    form.forEach(formBody::add);
    FormBody body = formBody.build();
    RequestAssembly.Body prepared =
        new RequestAssembly.Body(body, null, body.contentType().toString());
    Map<String, String> headers =
        Map.of(
            "Authorization", Credentials.basic(basicUser, basicPassword, StandardCharsets.UTF_8));
    AttemptLoop.Call call =
        new AttemptLoop.Call(
            "POST", target, target.encodedPath(), prepared, CallKind.IDEMPOTENT, headers, true);
    return loop.run(
        call,
        response -> {
          String text =
              new String(
                  response.body().readNBytes(ErrorMapping.ERROR_BODY_LIMIT),
                  StandardCharsets.UTF_8);
          FormAnswer answer = new FormAnswer(response.status(), text);
          if (response.status() >= 200 && response.status() < 300 && !isCompleteJson(text)) {
            throw new AttemptLoop.CutShort(answer);
          }
          return answer;
        });
  }

  private static boolean isCompleteJson(String body) {
    try {
      JsonNode tree = Json.mapper().readTree(body);
      return tree != null && !tree.isMissingNode();
    } catch (IOException e) {
      return false;
    }
  }
}
