-- Check in: ARGV[2] user, ARGV[3] '1' if the event is on sale (AUTO may admit at once), ARGV[4] rate tolerance (µs).
-- Returns {-1} no settings loaded, {0} queue off, {1, deadline} admitted,
-- {2, arrival, ahead, summary (8 values, see common.lua)} queued.
-- A user already waiting keeps the arrival sequence (and so the place); one already admitted stays admitted.
local c = config()
if not c then
  return { -1 }
end
if c.mode == 'OFF' then
  return { 0 }
end
local user = ARGV[2]
expire_idle()
if redis.call('ZSCORE', admitted, user) then
  redis.call('ZADD', admitted, now + c.idle, user)
  return { 1, now + c.idle }
end
local arrival = redis.call('ZSCORE', waiting, user)
if not arrival then
  arrival = redis.call('INCR', seq)
  if c.mode == 'AUTO' and ARGV[3] == '1' and redis.call('ZCARD', waiting) == 0
      and redis.call('ZCARD', admitted) < c.threshold then
    local ok, tat = rate_allows(c, tonumber(ARGV[4]))
    if ok then
      admit(user, arrival, c, tat)
      return { 1, now + c.idle }
    end
  end
  redis.call('ZADD', waiting, arrival, user)
  redis.call('HSET', joined, user, now)
end
redis.call('ZADD', seen, now, user)
return append({ 2, tonumber(arrival), redis.call('ZRANK', waiting, user) }, summary(c))
