-- After the database committed a sale: the hold becomes sold seats or sold GA units.
-- KEYS: 1 inv marker, 2 sold seats set, 3 seat->hold hash, 4 stock hash, 5 sold-units set of the tier
--       ('' tier for seats), 6 expiry zset, 7 hold hash, 8 version, 9 held-per-user hash, 10 live channel,
--       11 killed seats set, 12 seat->tier hash, 13 counts hash (seat_counts.lua; only read for seats)
-- ARGV: 1 hold id, 2 kind S|G, 3 tier id (G), 4.. seat ids (S) or unit numbers (G)
-- Returns the new version.
-- Idempotent (sets, and the hold is consumed once), so the sweeper may repeat it for a claim whose server
-- died after the commit. If the marker is gone (Redis was flushed), the sold items are not written: the
-- next initialisation loads them from the database, which already has this sale.
local h = redis.call('HMGET', KEYS[7], 'k', 'q', 'lu', 't')
local before = {}
if ARGV[2] == 'S' then
  for i = 4, #ARGV do before[i] = seat_status(KEYS[2], KEYS[3], KEYS[11], ARGV[i]) end
end
if h[1] then
  if h[1] == 'S' then
    for i = 4, #ARGV do
      if redis.call('HGET', KEYS[3], ARGV[i]) == ARGV[1] then redis.call('HDEL', KEYS[3], ARGV[i]) end
    end
  else
    local left = redis.call('HINCRBY', KEYS[4], 'h:' .. h[4], -tonumber(h[2]))
    if left < 0 then redis.call('HSET', KEYS[4], 'h:' .. h[4], 0) end
  end
  if h[3] and h[3] ~= '' then
    if redis.call('HINCRBY', KEYS[9], h[3], -tonumber(h[2])) <= 0 then redis.call('HDEL', KEYS[9], h[3]) end
  end
  redis.call('DEL', KEYS[7])
  redis.call('ZREM', KEYS[6], ARGV[1])
end
if redis.call('EXISTS', KEYS[1]) == 1 then
  local target = KEYS[2]
  if ARGV[2] == 'G' then target = KEYS[5] end
  for i = 4, #ARGV do redis.call('SADD', target, ARGV[i]) end
end
if ARGV[2] == 'S' then
  for i = 4, #ARGV do seat_moved(KEYS[12], KEYS[13], ARGV[i], before[i], seat_status(KEYS[2], KEYS[3], KEYS[11], ARGV[i])) end
end
local v = redis.call('INCR', KEYS[8])
if ARGV[2] == 'S' then redis.call('PUBLISH', KEYS[10], 'S ' .. string.format('%.0f', v) .. ' SOLD 0 ' .. table.concat(ARGV, ',', 4)) end
return v
