-- Extends a live hold by the event's hold time, never past its maximum lifetime.
-- KEYS: 1 hold hash, 2 expiry zset, 3 version, 4 the event's live channel
-- ARGV: 1 hold id, 2 owner, 3 now ms, 4 hold time ms
-- Returns {1, version, new expiry} | {0} no such hold of the caller's | {-6} being paid for | {-7} expired
--         | {-8} already at its maximum lifetime.
-- Atomic against the sweeper: an expired hold cannot be revived between the sweeper's look and its release.
if redis.call('EXISTS', KEYS[1]) == 0 then return {0} end
local h = redis.call('HMGET', KEYS[1], 'o', 's', 'x', 'm', 'k', 'it')
if h[1] ~= ARGV[2] then return {0} end
if h[2] ~= 'H' then return {-6} end
local now = tonumber(ARGV[3])
if tonumber(h[3]) <= now then return {-7} end
local new = math.min(now + tonumber(ARGV[4]), tonumber(h[4]))
if new <= tonumber(h[3]) then return {-8} end
redis.call('HSET', KEYS[1], 'x', new)
redis.call('ZADD', KEYS[2], new, ARGV[1])
local v = redis.call('INCR', KEYS[3])
if h[5] == 'S' then
  local seats = {}
  for seat in string.gmatch(h[6], '(%d+):%d+:%d+') do seats[#seats + 1] = seat end
  redis.call('PUBLISH', KEYS[4], 'S ' .. string.format('%.0f', v) .. ' HELD ' .. string.format('%.0f', new) .. ' ' .. table.concat(seats, ','))
end
return {1, v, new}
