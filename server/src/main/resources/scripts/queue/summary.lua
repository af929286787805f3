-- The waiting room at a glance, changing nothing: {-1} without settings, else {summary (8 values, see
-- common.lua), when the head joined (-1 when nobody waits)}.
local c = config()
if not c then
  return { -1 }
end
local first = redis.call('ZRANGE', waiting, 0, 0)
local oldest_join = -1
if #first > 0 then
  oldest_join = tonumber(redis.call('HGET', joined, first[1]) or '-1')
end
return append(summary(c), { oldest_join })
