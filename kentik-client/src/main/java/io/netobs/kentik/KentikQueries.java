package io.netobs.kentik;

import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.Checks;
import io.netobs.http.internal.HttpCore;
import io.netobs.kentik.internal.QueryAnswers;
import io.netobs.kentik.model.ChartImageType;
import io.netobs.kentik.model.TopXChart;
import io.netobs.kentik.model.TopXData;
import io.netobs.kentik.request.TopXQuery;
import io.netobs.kentik.request.TopXRequest;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Query API: traffic as top-X data ({@code POST /query/topXdata}), as a chart image ({@code
 * POST /query/topXchart}) and as a link into the portal's Data Explorer ({@code POST /query/url}).
 * Each method takes one {@link TopXQuery}, or a {@link TopXRequest} holding several.
 *
 * <pre>{@code
 * TopXData top = kentik.queries().topXData(topTalkers);
 * TopXChart chart = kentik.queries().topXChart(topTalkers, ChartImageType.PNG);
 * chart.writeTo(Path.of("top-talkers.png"));
 * }</pre>
 *
 * <p>Queries read and change nothing, so a failed attempt is retried as a GET would be. Kentik's
 * SQL method ({@code POST /query/sql}) was discontinued on 1 May 2025 and has no method here.
 */
public final class KentikQueries {
  private final HttpCore core;

  KentikQueries(HttpCore core) {
    this.core = core;
  }

  /**
   * Top-X data for one query ({@code POST /query/topXdata}).
   *
   * @param query the query
   * @return the rows, with their aggregates and time series
   * @throws NullPointerException when the query is null
   */
  public TopXData topXData(TopXQuery query) {
    Checks.notNull(query, "query");
    return topXData(TopXRequest.builder().query(query).build());
  }

  /**
   * Top-X data for several queries ({@code POST /query/topXdata}).
   *
   * @param request the queries
   * @return one result per query
   * @throws NullPointerException when the request is null
   */
  public TopXData topXData(TopXRequest request) {
    Checks.notNull(request, "request");
    return core.execute(
        ApiRequest.post("/query/topXdata").json(request.toMap()).idempotent(true).build(),
        QueryAnswers::data);
  }

  /**
   * A chart of one query ({@code POST /query/topXchart}). Give the query's aggregates {@code
   * raw(true)}: a chart is drawn from the time series.
   *
   * @param query the query
   * @param imageType the image format
   * @return the image, decoded from the answer's data URI
   * @throws NullPointerException when an argument is null
   */
  public TopXChart topXChart(TopXQuery query, ChartImageType imageType) {
    Checks.notNull(query, "query");
    return topXChart(TopXRequest.builder().query(query).build(), imageType);
  }

  /**
   * A chart of several queries ({@code POST /query/topXchart}).
   *
   * @param request the queries
   * @param imageType the image format, sent as {@code imageType}
   * @return the image, decoded from the answer's data URI
   * @throws NullPointerException when an argument is null
   */
  public TopXChart topXChart(TopXRequest request, ChartImageType imageType) {
    Checks.notNull(request, "request");
    Checks.notNull(imageType, "imageType");
    Map<String, Object> body = new LinkedHashMap<>(request.toMap());
    body.put("imageType", imageType.value());
    return core.execute(
        ApiRequest.post("/query/topXchart").json(body).idempotent(true).build(),
        QueryAnswers::chart);
  }

  /**
   * A portal URL that opens Data Explorer on one query ({@code POST /query/url}).
   *
   * @param query the query
   * @return the URL
   * @throws NullPointerException when the query is null
   */
  public String url(TopXQuery query) {
    Checks.notNull(query, "query");
    return url(TopXRequest.builder().query(query).build());
  }

  /**
   * A portal URL that opens Data Explorer on several queries ({@code POST /query/url}).
   *
   * @param request the queries
   * @return the URL
   * @throws NullPointerException when the request is null
   */
  public String url(TopXRequest request) {
    Checks.notNull(request, "request");
    return core.execute(
        ApiRequest.post("/query/url").json(request.toMap()).idempotent(true).build(),
        QueryAnswers::url);
  }
}
