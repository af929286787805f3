-- Puts killed seats of one event back on sale.
-- KEYS: 1 inv marker, 2 killed seats set, 3 version, 4 the event's live channel, 5 sold seats set, 6 seat->hold hash,
--       7 seat->tier hash, 8 counts hash (seat_counts.lua)
-- ARGV: seat ids
-- Returns {1, version, freed seat ids...} | {-1} not initialised (the next load reads the kills from the database).
if redis.call('EXISTS', KEYS[1]) == 0 then return {-1} end
local freed = {}
for i = 1, #ARGV do
  local before = seat_status(KEYS[5], KEYS[6], KEYS[2], ARGV[i])
  if redis.call('SREM', KEYS[2], ARGV[i]) == 1 then
    freed[#freed + 1] = ARGV[i]
    seat_moved(KEYS[7], KEYS[8], ARGV[i], before, seat_status(KEYS[5], KEYS[6], KEYS[2], ARGV[i]))
  end
end
local v = redis.call('INCR', KEYS[3])
if #freed > 0 then
  redis.call('PUBLISH', KEYS[4], 'S ' .. string.format('%.0f', v) .. ' AVAILABLE 0 ' .. table.concat(freed, ','))
end
local out = {1, v}
for _, seat in ipairs(freed) do out[#out + 1] = seat end
return out
