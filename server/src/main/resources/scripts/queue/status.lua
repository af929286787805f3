-- Where a user stands: ARGV[2] user, ARGV[3] '1' to renew an admitted user's idle deadline (a heartbeat).
-- A waiting user is marked as heard from either way. Same replies as check, plus {3} neither waiting nor
-- admitted.
local c = config()
if not c then
  return { -1 }
end
if c.mode == 'OFF' then
  return { 0 }
end
local user = ARGV[2]
expire_idle()
local deadline = redis.call('ZSCORE', admitted, user)
if deadline then
  if ARGV[3] == '1' then
    deadline = now + c.idle
    redis.call('ZADD', admitted, deadline, user)
  end
  return { 1, tonumber(deadline) }
end
local arrival = redis.call('ZSCORE', waiting, user)
if not arrival then
  return { 3 }
end
redis.call('ZADD', seen, now, user)
return append({ 2, tonumber(arrival), redis.call('ZRANK', waiting, user) }, summary(c))
