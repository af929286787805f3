-- One admission pass for one event. ARGV[2] '1' if the event is on sale, ARGV[3] rate tolerance (µs),
-- ARGV[4] most admissions this pass, ARGV[5] most abandoned users dropped this pass.
-- Frees the slots of idle admitted users, drops waiting users not heard from, then moves the head of the
-- line into the admitted set while fewer than the threshold are admitted and the rate allows. All in one
-- script, so any number of servers running it at once never admit more than the threshold, and never
-- skip or repeat anyone.
-- Returns {-1} without settings, else {idle freed, abandoned, summary (8 values, see common.lua),
-- admitted users...}.
local c = config()
if not c then
  return { -1 }
end
local freed = expire_idle()
local gone = redis.call('ZRANGEBYSCORE', seen, '-inf', now - c.abandon, 'LIMIT', 0, tonumber(ARGV[5]))
for _, user in ipairs(gone) do
  forget_waiting(user)
end
local let_in = {}
if c.mode ~= 'OFF' and ARGV[2] == '1' then
  local most = tonumber(ARGV[4])
  while #let_in < most and redis.call('ZCARD', admitted) < c.threshold do
    local ok, tat = rate_allows(c, tonumber(ARGV[3]))
    if not ok then
      break
    end
    local next_in = redis.call('ZPOPMIN', waiting)
    if #next_in == 0 then
      break
    end
    local user = next_in[1]
    redis.call('ZREM', seen, user)
    redis.call('HDEL', joined, user)
    admit(user, next_in[2], c, tat)
    let_in[#let_in + 1] = user
  end
end
return append(append({ freed, #gone }, summary(c)), let_in)
