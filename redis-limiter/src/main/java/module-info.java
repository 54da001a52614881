/**
 * A rate limiter shared by every process of an account, kept in Redis: {@link
 * io.netobs.redis.RedisLimiter}, set on a client's builder with {@code limiter(..)}.
 */
module io.netobs.redis {
  requires transitive io.netobs.http;
  requires transitive redis.clients.jedis;
  requires org.slf4j;

  exports io.netobs.redis;
}
