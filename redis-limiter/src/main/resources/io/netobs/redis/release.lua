-- Gives a permit back, atomically.
-- KEYS[1] calls in flight, KEYS[2] the minute window, KEYS[3] the hour window (as in acquire.lua)
-- ARGV: permit id, minute (ms), hour (ms)
-- The call leaves the calls in flight. In the windows it is counted again from now: the service saw
-- it somewhere between the permit and now, so however late it was sent (a cold JVM, a pause), the
-- next call let go a window after this one cannot reach the service within a window of it.
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local id = ARGV[1]
redis.call('ZREM', KEYS[1], id)
if redis.call('ZADD', KEYS[2], 'XX', 'CH', now, id) > 0 then
  redis.call('PEXPIRE', KEYS[2], tonumber(ARGV[2]) + 1000)
end
if redis.call('ZADD', KEYS[3], 'XX', 'CH', now, id) > 0 then
  redis.call('PEXPIRE', KEYS[3], tonumber(ARGV[3]) + 1000)
end
return 0
