-- Takes one permit for a call, or says how long to wait, atomically.
-- KEYS[1] calls in flight: sorted set, member = permit id, score = the end of its lease (ms)
-- KEYS[2] calls started in the minute window: sorted set, member = permit id, score = start (ms)
-- KEYS[3] calls started in the hour window: likewise
-- ARGV: permit id, max in flight, per minute, per hour, minute (ms), hour (ms), lease (ms)
-- Returns {0, 0} when the permit is taken; {1, ms} when the calls in flight are at the limit (ms:
-- until the first lease ends at the latest); {2, ms} when a window is full (ms: until it has room).
-- Times come from the server's clock, so every process counts on the same one.
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local id = ARGV[1]
local maxInFlight = tonumber(ARGV[2])
local perMinute = tonumber(ARGV[3])
local perHour = tonumber(ARGV[4])
local minute = tonumber(ARGV[5])
local hour = tonumber(ARGV[6])
local lease = tonumber(ARGV[7])

-- How long until a window of `length` ms holding calls started at their scores has room for one
-- more under `max`: 0 when it has room now. A call leaves the window `length` ms after it started.
local function windowWait(key, max, length)
  if max <= 0 then
    return 0
  end
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now - length)
  local n = redis.call('ZCARD', key)
  if n < max then
    return 0
  end
  local leaving = redis.call('ZRANGE', key, n - max, n - max, 'WITHSCORES')
  return math.max(1, tonumber(leaving[2]) + length - now)
end

local wait = math.max(windowWait(KEYS[2], perMinute, minute), windowWait(KEYS[3], perHour, hour))
if wait > 0 then
  return {2, wait}
end
if maxInFlight > 0 then
  -- A lease that ended belongs to a holder that stopped renewing it: its place is free again.
  redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
  if redis.call('ZCARD', KEYS[1]) >= maxInFlight then
    local first = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
    return {1, math.max(1, tonumber(first[2]) - now)}
  end
  redis.call('ZADD', KEYS[1], now + lease, id)
  redis.call('PEXPIRE', KEYS[1], lease + 1000)
end
if perMinute > 0 then
  redis.call('ZADD', KEYS[2], now, id)
  redis.call('PEXPIRE', KEYS[2], minute + 1000)
end
if perHour > 0 then
  redis.call('ZADD', KEYS[3], now, id)
  redis.call('PEXPIRE', KEYS[3], hour + 1000)
end
return {0, 0}
