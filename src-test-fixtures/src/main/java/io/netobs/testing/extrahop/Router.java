package io.netobs.testing.extrahop;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Finds the route of a request among the bound catalogue operations. */
final class Router {
  /**
   * One bound operation.
   *
   * @param mutates whether the handler changes state, so that it runs under the write lock; most
   *     GETs do not, but reading the next page of a cursor or polling a queue does
   */
  record Route(Operation operation, PathTemplate template, Handler handler, boolean mutates) {}

  record Match(Route route, Map<String, String> parameters) {}

  private final List<Route> routes;

  Router(List<Route> routes) {
    List<Route> sorted = new ArrayList<>(routes);
    sorted.sort(Comparator.comparing(Route::template, PathTemplate.MOST_SPECIFIC_FIRST));
    this.routes = List.copyOf(sorted);
  }

  List<Route> routes() {
    return routes;
  }

  /**
   * @param path the path under {@code /api/v1}
   */
  Match match(String method, String path) {
    List<String> segments = PathTemplate.split(path);
    boolean pathKnown = false;
    for (Route route : routes) {
      Map<String, String> parameters = route.template().match(segments);
      if (parameters == null) {
        continue;
      }
      if (route.operation().method().equals(method)) {
        return new Match(route, parameters);
      }
      pathKnown = true;
    }
    if (pathKnown) {
      throw new ApiError(405, "Method " + method + " is not allowed on /api/v1" + path);
    }
    throw ApiError.notFound("No resource at /api/v1" + path);
  }
}
