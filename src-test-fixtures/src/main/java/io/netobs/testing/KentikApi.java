package io.netobs.testing;

import io.netobs.testing.internal.ApiError;
import io.netobs.testing.internal.CloudExportsModel;
import io.netobs.testing.internal.FlowQueries;
import io.netobs.testing.internal.KentikAlertingModel;
import io.netobs.testing.internal.KentikDevicesModel;
import io.netobs.testing.internal.KentikModel;
import io.netobs.testing.internal.KentikSettings;
import io.netobs.testing.internal.KentikUsersModel;
import io.netobs.testing.internal.RateLimiter;
import io.netobs.testing.internal.ServiceErrors;
import io.netobs.testing.internal.SyntheticsModel;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The behaviour of the Kentik V5 Admin APIs this project covers: every operation of {@link
 * Catalogue#kentik()} under {@code /api/v5}, answered from memory the way the live service answers
 * (wrappers, value types, validation, the Batch API, rate limits). Built and served by {@link
 * FakeKentik}.
 *
 * <p>The Query API ({@code /query/topXdata}, {@code /query/topXchart}, {@code /query/url}) answers
 * from flows generated for a seed ({@link FakeKentik#flows()}), reading the body as Kentik
 * documents it ({@code metric} a string, filters in {@code filters_obj}, {@code device_name}
 * comma-separated, times {@code YYYY-MM-DD HH:mm:00} in UTC). The flows in the query's devices,
 * filters, saved filters and time range (whole minutes, start included, end excluded; a lookback
 * ends at the fake clock's current minute) are grouped by the query's dimensions ({@code IP_src},
 * {@code IP_dst}, {@code AS_src}, {@code AS_dst}, {@code Proto}, {@code Port_src}, {@code
 * Port_dst}, {@code i_device_name}, {@code Traffic}); for each group and minute, a column's rate is
 * its sum over the minute divided by 60, times 8 for byte columns. Aggregates: {@code sum} (the
 * column's total), {@code average} (mean of the per-minute rates, empty minutes as 0), {@code max},
 * {@code percentile} (nearest rank); rounded to 3 decimals. Rows are sorted by {@code outsort}
 * (highest first, ties by key), cut at {@code topx} (default 8), and carry per-minute time series
 * only when an aggregate has {@code raw: true}. Charts are tiny valid images of the requested
 * {@code imageType} (default svg) as a data URI; URLs are a JSON string. What Kentik refuses is a
 * 400 {@code {"error": ...}}: no queries, an unknown metric, dimension or filter field, more than
 * one aggregate without {@code outsort}, a percentile without {@code rank}.
 *
 * <p>Alerting ({@code /alerts-active/alarms}, {@code /alerts-active/alerts-history}, {@code
 * /alerts/manual-mitigate}) answers from alarms seeded from the clock's minute at start, filtered
 * by the window, {@code filterBy}/{@code filterVal} and the 0/1 flags; a manual mitigation adds an
 * active row that the next alarms call lists. Malformed times, flags or ids are a 400.
 *
 * <p>Each request goes through, in order: rate limiting (when enabled), authentication (both {@code
 * X-CH-Auth-Email} and {@code X-CH-Auth-API-Token} must match, else 401), routing (404 for an
 * unknown path, 405 for a known path with another method), then the operation. Errors are {@code
 * {"error": "..."}}. Thread-safe.
 */
public final class KentikApi implements FakeApi {
  /**
   * The largest batch part accepted: 4 MB, as Kentik documents for its batch API; larger parts are
   * answered 413.
   */
  public static final int MAX_BATCH_PART_BYTES = 4 * 1024 * 1024;

  private final KentikSettings settings;
  private final KentikModel model;
  private final RateLimiter limiter;
  private final FlowQueries queries;
  private final SyntheticsModel synthetics;
  private final KentikUsersModel users;
  private final KentikDevicesModel devices;
  private final CloudExportsModel cloudExports;
  private final KentikAlertingModel alerting;

  KentikApi(KentikSettings settings) {
    this.settings = settings;
    this.model = new KentikModel(settings);
    this.devices = new KentikDevicesModel(settings);
    this.limiter =
        new RateLimiter(
            settings.clock(),
            (int) settings.rateWindows().minute().toSeconds(),
            (int) settings.rateWindows().hour().toSeconds());
    this.queries =
        new FlowQueries(
            settings.clock(), settings.flowSeed(), settings.flowCount(), model::savedFilterJson);
    this.synthetics = new SyntheticsModel(settings.clock());
    this.users = new KentikUsersModel(settings);
    this.cloudExports = new CloudExportsModel(settings.clock());
    this.alerting = new KentikAlertingModel(settings.clock());
  }

  @Override
  public FakeResponse handle(FakeRequest request) {
    long retryAfter = limiter.enter(settings.limits());
    try {
      if (retryAfter > 0) {
        return ServiceErrors.response(
                request.path(),
                429,
                "Too many requests: the Admin API allows " + describe(settings.limits()))
            .withHeader("Retry-After", Long.toString(retryAfter));
      }
      if (!settings.holdEachRequest().isZero()) {
        sleep(settings.holdEachRequest().toMillis());
      }
      return route(request);
    } finally {
      limiter.exit();
    }
  }

  /** Forgets every object, batch and rate window (the sample objects come back if configured). */
  public void reset() {
    model.reset();
    limiter.reset();
    queries.reset();
    synthetics.reset();
    users.reset();
    devices.reset();
    cloudExports.reset();
    alerting.reset();
  }

  KentikModel model() {
    return model;
  }

  KentikUsersModel users() {
    return users;
  }

  KentikDevicesModel devices() {
    return devices;
  }

  CloudExportsModel cloudExports() {
    return cloudExports;
  }

  FlowQueries queries() {
    return queries;
  }

  SyntheticsModel synthetics() {
    return synthetics;
  }

  RateLimiter limiter() {
    return limiter;
  }

  private FakeResponse route(FakeRequest request) {
    String path = request.path();
    if (!ServiceErrors.isKentik(path) && !ServiceErrors.isKentikV6(path)) {
      return ServiceErrors.response(path, 404, "Not Found");
    }
    if (!settings.email().equals(request.header("x-ch-auth-email"))
        || !settings.token().equals(request.header("x-ch-auth-api-token"))) {
      return ServiceErrors.response(
          path, 401, "Authentication failed: check X-CH-Auth-Email and X-CH-Auth-API-Token");
    }
    Optional<Catalogue.Operation> operation = Catalogue.kentik().match(request.method(), path);
    if (operation.isEmpty()) {
      return Catalogue.kentik().knowsPath(path)
          ? ServiceErrors.response(path, 405, "Method Not Allowed")
          : ServiceErrors.response(path, 404, "Not Found");
    }
    try {
      return perform(operation.get(), operation.get().pathParameters(path), request);
    } catch (ApiError e) {
      return ServiceErrors.response(path, e.status(), e.getMessage());
    } catch (UncheckedIOException e) {
      return ServiceErrors.response(path, 400, "The request body is not valid JSON");
    }
  }

  private FakeResponse perform(
      Catalogue.Operation operation, Map<String, String> parameters, FakeRequest request) {
    switch (operation.key()) {
      case "GET /tags":
        return model.listTags();
      case "GET /tag/{id}":
        return model.getTag(id(parameters, "id"));
      case "POST /tag":
        return model.createTag(request.json());
      case "PUT /tag/{id}":
        return model.updateTag(id(parameters, "id"), request.json());
      case "DELETE /tag/{id}":
        return model.deleteTag(id(parameters, "id"));

      case "GET /customdimensions":
        return model.listDimensions();
      case "GET /customdimension/{id}":
        return model.getDimension(id(parameters, "id"));
      case "POST /customdimension":
        return model.createDimension(request.json());
      case "PUT /customdimension/{id}":
        return model.updateDimension(id(parameters, "id"), request.json());
      case "DELETE /customdimension/{id}":
        return model.deleteDimension(id(parameters, "id"));

      case "POST /customdimension/{id}/populator":
        return model.createPopulator(id(parameters, "id"), request.json());
      case "PUT /customdimension/{id}/populator/{populatorId}":
        return model.updatePopulator(
            id(parameters, "id"), id(parameters, "populatorId"), request.json());
      case "DELETE /customdimension/{id}/populator/{populatorId}":
        return model.deletePopulator(id(parameters, "id"), id(parameters, "populatorId"));

      case "POST /batch/tags":
        checkBatchPartSize(request);
        return model.batchPart(null, request.json());
      case "POST /batch/customdimensions/{dimensionName}/populators":
        {
          checkBatchPartSize(request);
          String dimensionName = parameters.get("dimensionName");
          if (!model.hasDimensionNamed(dimensionName)) {
            return error(404, "Custom dimension " + dimensionName + " not found");
          }
          return model.batchPart(dimensionName, request.json());
        }
      case "GET /batch/{guid}/status":
        return model.batchStatus(parameters.get("guid"));

      case "GET /saved-filters/custom":
        return model.listSavedFilters();
      case "GET /saved-filter/custom/{id}":
        return model.getSavedFilter(id(parameters, "id"));
      case "POST /saved-filter/custom":
        return model.createSavedFilter(request.json());
      case "PUT /saved-filter/custom/{id}":
        return model.updateSavedFilter(id(parameters, "id"), request.json());
      case "DELETE /saved-filter/custom/{id}":
        return model.deleteSavedFilter(id(parameters, "id"));

      case "GET /customApplications":
        return model.listApplications();
      case "POST /customApplications":
        return model.createApplication(request.json());
      case "PUT /customApplications/{id}":
        return model.updateApplication(id(parameters, "id"), request.json());
      case "DELETE /customApplications/{id}":
        return model.deleteApplication(id(parameters, "id"));

      case "POST /query/topXdata":
        return queries.data(request.json());
      case "POST /query/topXchart":
        return queries.chart(request.json());
      case "POST /query/url":
        return queries.url(request.json());

      case "GET /synthetics/v202309/agents":
        return synthetics.listAgents();
      case "GET /synthetics/v202309/agents/{id}":
        return synthetics.getAgent(parameters.get("id"));
      case "PUT /synthetics/v202309/agents/{id}":
        return synthetics.updateAgent(parameters.get("id"), request.json());
      case "DELETE /synthetics/v202309/agents/{id}":
        return synthetics.deleteAgent(parameters.get("id"));
      case "GET /synthetics/v202309/tests":
        return synthetics.listTests();
      case "GET /synthetics/v202309/tests/{id}":
        return synthetics.getTest(parameters.get("id"));
      case "POST /synthetics/v202309/tests":
        return synthetics.createTest(request.json());
      case "PUT /synthetics/v202309/tests/{id}":
        return synthetics.updateTest(parameters.get("id"), request.json());
      case "DELETE /synthetics/v202309/tests/{id}":
        return synthetics.deleteTest(parameters.get("id"));
      case "PUT /synthetics/v202309/tests/{id}/status":
        return synthetics.setTestStatus(parameters.get("id"), request.json());
      case "POST /synthetics/v202309/results":
        return synthetics.results(request.json());
      case "POST /synthetics/v202309/results/csv":
        return synthetics.resultsCsv(request.json());
      case "POST /synthetics/v202309/trace":
        return synthetics.trace(request.json());
      case "GET /synthetics/v202309/agentAlerts":
        return synthetics.listAgentAlerts(request.query().get("agentIds"));
      case "GET /synthetics/v202309/agentAlerts/{id}":
        return synthetics.getAgentAlert(parameters.get("id"));
      case "POST /synthetics/v202309/agentAlerts":
        return synthetics.createAgentAlert(request.json());
      case "PUT /synthetics/v202309/agentAlerts/{id}":
        return synthetics.updateAgentAlert(parameters.get("id"), request.json());
      case "DELETE /synthetics/v202309/agentAlerts/{id}":
        return synthetics.deleteAgentAlert(parameters.get("id"));
      case "GET /device/{id}/interfaces":
        return users.listInterfaces(id(parameters, "id"));
      case "GET /device/{id}/interface/{interfaceId}":
        return users.getInterface(id(parameters, "id"), id(parameters, "interfaceId"));
      case "POST /device/{id}/interface":
        return users.createInterface(id(parameters, "id"), request.json());
      case "PUT /device/{id}/interface/{interfaceId}":
        return users.updateInterface(
            id(parameters, "id"), id(parameters, "interfaceId"), request.json());
      case "DELETE /device/{id}/interface/{interfaceId}":
        return users.deleteInterface(id(parameters, "id"), id(parameters, "interfaceId"));
      case "GET /plans":
        return users.listPlans();
      case "GET /users":
        return users.listUsers();
      case "GET /user/{id}":
        return users.getUser(id(parameters, "id"));
      case "POST /user":
        return users.createUser(request.json());
      case "PUT /user/{id}":
        return users.updateUser(id(parameters, "id"), request.json());
      case "DELETE /user/{id}":
        return users.deleteUser(id(parameters, "id"));
      case "GET /mykentik/tenants":
        return users.listTenants();
      case "GET /mykentik/tenant/{id}":
        return users.getTenant(id(parameters, "id"));
      case "POST /mykentik/tenant/{id}/user":
        return users.addTenantUser(id(parameters, "id"), request.json());
      case "DELETE /mykentik/tenant/{id}/user/{userId}":
        return users.removeTenantUser(id(parameters, "id"), id(parameters, "userId"));
      case "GET /devices":
        return devices.listDevices();
      case "GET /device/{id}":
        return devices.getDevice(id(parameters, "id"));
      case "POST /device":
        return devices.createDevice(request.json());
      case "PUT /device/{id}":
        return devices.updateDevice(id(parameters, "id"), request.json());
      case "DELETE /device/{id}":
        return devices.deleteDevice(id(parameters, "id"));
      case "PUT /devices/{id}/labels":
        return devices.setDeviceLabels(id(parameters, "id"), request.json());
      case "GET /deviceLabels":
        return devices.listLabels();
      case "GET /deviceLabels/{id}":
        return devices.getLabel(id(parameters, "id"));
      case "POST /deviceLabels":
        return devices.createLabel(request.json());
      case "PUT /deviceLabels/{id}":
        return devices.updateLabel(id(parameters, "id"), request.json());
      case "DELETE /deviceLabels/{id}":
        return devices.deleteLabel(id(parameters, "id"));
      case "GET /sites":
        return devices.listSites();
      case "GET /site/{id}":
        return devices.getSite(id(parameters, "id"));
      case "POST /site":
        return devices.createSite(request.json());
      case "PUT /site/{id}":
        return devices.updateSite(id(parameters, "id"), request.json());
      case "DELETE /site/{id}":
        return devices.deleteSite(id(parameters, "id"));
      case "GET /cloud_export/v202506/exports":
        return cloudExports.list();
      case "POST /cloud_export/v202506/exports":
        return cloudExports.create(request.json());
      case "GET /cloud_export/v202506/exports/{id}":
        return cloudExports.get(parameters.get("id"));
      case "PUT /cloud_export/v202506/exports/{id}":
        return cloudExports.update(parameters.get("id"), request.json());
      case "DELETE /cloud_export/v202506/exports/{id}":
        return cloudExports.delete(parameters.get("id"));
      case "POST /alerts/manual-mitigate":
        return alerting.mitigate(request.json());
      case "GET /alerts-active/alarms":
        return alerting.alarms(request);
      case "GET /alerts-active/alerts-history":
        return alerting.history(request);

      default:
        throw new IllegalStateException("no handler for catalogue operation " + operation.key());
    }
  }

  private static void checkBatchPartSize(FakeRequest request) {
    if (request.body().length > MAX_BATCH_PART_BYTES) {
      throw new ApiError(
          413,
          "Batch part of "
              + request.body().length
              + " bytes exceeds the 4 MB limit ("
              + MAX_BATCH_PART_BYTES
              + " bytes)");
    }
  }

  /** A numeric id from the path; anything else names nothing, hence 404. */
  private static long id(Map<String, String> parameters, String name) {
    String text = Objects.requireNonNull(parameters.get(name), name);
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw ApiError.notFound("No object with id " + text);
    }
  }

  private static FakeResponse error(int status, String message) {
    return FakeResponse.json(status, Map.of("error", message));
  }

  private static String describe(RateLimiter.Limits limits) {
    return limits.maxInFlight()
        + " request(s) at a time, "
        + limits.perMinute()
        + " a minute and "
        + limits.perHour()
        + " an hour";
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public String toString() {
    return "KentikApi";
  }
}
