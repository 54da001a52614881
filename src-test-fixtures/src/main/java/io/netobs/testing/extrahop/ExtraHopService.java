package io.netobs.testing.extrahop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netobs.testing.FakeRequest;
import io.netobs.testing.FakeResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * The engine behind {@code io.netobs.testing.ExtraHopApi}: authenticates, routes, and runs each
 * handler under a read lock (handlers that only read) or the write lock (handlers that change
 * state), so that many connections can read at once and every change is atomic.
 */
public final class ExtraHopService {
  private static final String API = "/api/v1";

  private final Settings settings;
  private final Auth auth;
  private final ReadWriteLock lock = new ReentrantReadWriteLock();

  /** Guarded by {@link #lock}; replaced whole on reset. */
  private State state;

  /**
   * A fake appliance's state and behaviour, seeded from the settings.
   *
   * @param settings the fake's seed data, credentials, clock and firmware pose
   */
  public ExtraHopService(Settings settings) {
    this.settings = settings;
    this.auth = new Auth(settings);
    this.state = Seeder.seed(settings);
  }

  /**
   * The settings this fake was made with.
   *
   * @return the settings
   */
  public Settings settings() {
    return settings;
  }

  /**
   * Answers one request as the REST API would, from and to the wire format.
   *
   * @param request the request received
   * @return the answer to send
   */
  public FakeResponse handle(FakeRequest request) {
    try {
      String path =
          request.path().length() > 1 && request.path().endsWith("/")
              ? request.path().substring(0, request.path().length() - 1)
              : request.path();
      if (path.equals(Auth.TOKEN_PATH)) {
        return auth.token(request);
      }
      if (!path.startsWith(API + "/")) {
        throw ApiError.notFound("No resource at " + path + "; the API lives under " + API);
      }
      auth.check(request);
      Router.Match match = Routes.ROUTER.match(request.method(), path.substring(API.length()));
      Poses.requireServed(settings.firmware(), match.route().operation(), path);
      return locked(
          match.route().mutates(),
          () ->
              match
                  .route()
                  .handler()
                  .handle(new Call(request, match.parameters(), state, settings)));
    } catch (ApiError e) {
      return e.toResponse();
    }
  }

  /** Copies of every object of a resource, in key order. */
  public List<JsonNode> objects(String resource) {
    return locked(
        false,
        () -> {
          List<JsonNode> copies = new ArrayList<>();
          state.store(resource).all().forEach(object -> copies.add(object.deepCopy()));
          return copies;
        });
  }

  /** A copy of one object, if it exists. */
  public Optional<JsonNode> object(String resource, String key) {
    return locked(false, () -> state.store(resource).find(key).map(JsonNode::deepCopy));
  }

  /**
   * Adds an object as if created by the API, but without its checks, so that a test can set up any
   * state.
   *
   * @return the key of the new object
   */
  public String add(String resource, JsonNode fields) {
    if (!fields.isObject()) {
      throw new IllegalArgumentException("fields must be a JSON object");
    }
    return locked(
        true,
        () -> {
          long now = settings.clock().millis();
          return state.store(resource).insert((ObjectNode) fields.deepCopy(), now);
        });
  }

  /**
   * The keys of {@code other} objects linked to one object, in key order; the whitelist has one
   * parent, so its key is ignored.
   */
  public Set<String> related(String resource, String key, String other) {
    String parent = resource.equals(Assignments.WHITELIST) ? Assignments.WHITELIST_KEY : key;
    return locked(
        false, () -> new LinkedHashSet<>(state.relations.related(resource, parent, other)));
  }

  /** A copy of a document such as {@code /license} or {@code /dashboards/1/sharing}, if present. */
  public Optional<JsonNode> document(String path) {
    return locked(
        false, () -> Optional.ofNullable(state.documents.get(path)).map(JsonNode::deepCopy));
  }

  /**
   * How many OAuth2 access tokens the fake has issued (RevealX 360 pose).
   *
   * @return the count since the fake started
   */
  public int tokensMinted() {
    return auth.tokensMinted();
  }

  /**
   * Back to the seeded state; issued tokens stay valid, the count of minted tokens restarts at 0.
   */
  public void reset() {
    State fresh = Seeder.seed(settings);
    locked(
        true,
        () -> {
          state = fresh;
          return null;
        });
    auth.resetCount();
  }

  private <T> T locked(boolean write, Supplier<T> action) {
    Lock chosen = write ? lock.writeLock() : lock.readLock();
    chosen.lock();
    try {
      return action.get();
    } finally {
      chosen.unlock();
    }
  }

  /**
   * Binds the catalogue once per class loader; the routes hold no state, so every fake shares them.
   */
  private static final class Routes {
    static final Router ROUTER = Bindings.bind(OperationCatalogue.all());
  }
}
