-- After the database committed a refund or exchange: the seats or GA units are free again at once.
-- KEYS: 1 inv marker, 2 sold seats set or sold-units set of a tier, 3 version, 4 live channel (seats only:
--       GA stock is pushed whole, so it needs no ordered delta), and for seats only: 5 seat->hold hash,
--       6 killed seats set, 7 seat->tier hash, 8 counts hash (seat_counts.lua)
-- ARGV: the seat ids or unit numbers
-- Returns the new version. Idempotent; without the marker (flushed) the database is reloaded anyway.
if redis.call('EXISTS', KEYS[1]) == 1 then
  for i = 1, #ARGV do
    if KEYS[4] then
      local before = seat_status(KEYS[2], KEYS[5], KEYS[6], ARGV[i])
      redis.call('SREM', KEYS[2], ARGV[i])
      seat_moved(KEYS[7], KEYS[8], ARGV[i], before, seat_status(KEYS[2], KEYS[5], KEYS[6], ARGV[i]))
    else
      redis.call('SREM', KEYS[2], ARGV[i])
    end
  end
end
local v = redis.call('INCR', KEYS[3])
if KEYS[4] then redis.call('PUBLISH', KEYS[4], 'S ' .. string.format('%.0f', v) .. ' AVAILABLE 0 ' .. table.concat(ARGV, ',')) end
return v
