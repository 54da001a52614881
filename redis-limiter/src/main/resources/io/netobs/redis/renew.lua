-- Extends the leases of permits still held, atomically.
-- KEYS[1] calls in flight: sorted set, member = permit id, score = the end of its lease (ms)
-- ARGV: lease (ms), then the ids of the permits to renew
-- Returns how many of them were still there: a permit whose lease ended before it was renewed is
-- gone (another call may have taken its place) and is not put back.
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local lease = tonumber(ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
local renewed = 0
for i = 2, #ARGV do
  if redis.call('ZSCORE', KEYS[1], ARGV[i]) then
    redis.call('ZADD', KEYS[1], now + lease, ARGV[i])
    renewed = renewed + 1
  end
end
if renewed > 0 then
  redis.call('PEXPIRE', KEYS[1], lease + 1000)
end
return renewed
