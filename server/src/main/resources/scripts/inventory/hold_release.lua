-- Releases a hold: by its owner, by an admin (forced), or by the sweeper when it has expired.
-- KEYS: 1 seat->hold hash, 2 stock hash, 3 expiry zset, 4 hold hash, 5 version, 6 held-per-user hash,
--       7 the event's live channel (seat holds are published as AVAILABLE in the same step as the version),
--       8 sold seats set, 9 killed seats set, 10 seat->tier hash, 11 counts hash (seat_counts.lua)
-- ARGV: 1 hold id, 2 owner ('' = any owner), 3 now ms, 4 '1' = only if expired (sweeper)
-- Returns {1, version, kind, items} | {0} no such hold (or not the caller's) | {-6} being paid for
--         | {-7} not expired yet (sweeper).
-- Why atomic: the state check and the release are one step, so a hold being bought (state P) is never
-- released, and two sweepers on two instances release each hold exactly once (the second finds nothing).
if redis.call('EXISTS', KEYS[4]) == 0 then return {0} end
local h = redis.call('HMGET', KEYS[4], 'o', 's', 'x', 'k', 't', 'q', 'it', 'lu')
if ARGV[2] ~= '' and h[1] ~= ARGV[2] then return {0} end
if h[2] ~= 'H' then return {-6} end
if ARGV[4] == '1' and tonumber(h[3]) > tonumber(ARGV[3]) then return {-7} end
local freed = {}
if h[4] == 'S' then
  for seat in string.gmatch(h[7], '(%d+):%d+:%d+') do
    if redis.call('HGET', KEYS[1], seat) == ARGV[1] then
      local before = seat_status(KEYS[8], KEYS[1], KEYS[9], seat)
      redis.call('HDEL', KEYS[1], seat)
      seat_moved(KEYS[10], KEYS[11], seat, before, seat_status(KEYS[8], KEYS[1], KEYS[9], seat))
      freed[#freed + 1] = seat
    end
  end
else
  local left = redis.call('HINCRBY', KEYS[2], 'h:' .. h[5], -tonumber(h[6]))
  if left < 0 then redis.call('HSET', KEYS[2], 'h:' .. h[5], 0) end
end
if h[8] ~= '' then
  if redis.call('HINCRBY', KEYS[6], h[8], -tonumber(h[6])) <= 0 then redis.call('HDEL', KEYS[6], h[8]) end
end
redis.call('DEL', KEYS[4])
redis.call('ZREM', KEYS[3], ARGV[1])
local v = redis.call('INCR', KEYS[5])
if h[4] == 'S' then redis.call('PUBLISH', KEYS[7], 'S ' .. string.format('%.0f', v) .. ' AVAILABLE 0 ' .. table.concat(freed, ',')) end
return {1, v, h[4], h[7]}
