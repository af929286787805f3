-- Takes seats off sale for one event (house seats, production holds, broken seats), all or nothing.
-- KEYS: 1 inv marker, 2 sold seats set, 3 seat->hold hash, 4 killed seats set, 5 version, 6 the event's live channel,
--       7 seat->tier hash, 8 counts hash (seat_counts.lua)
-- ARGV: seat ids
-- Returns {1, version} | {-1} not initialised | {-3, seat} sold | {-4, seat} held.
-- Why atomic: the hold scripts check the killed set in the same way, so of a hold and a kill racing for a seat
-- exactly one wins, and a sold or held seat is never killed. Seats killed already are left as they are.
if redis.call('EXISTS', KEYS[1]) == 0 then return {-1} end
for i = 1, #ARGV do
  if redis.call('SISMEMBER', KEYS[2], ARGV[i]) == 1 then return {-3, ARGV[i]} end
  if redis.call('HEXISTS', KEYS[3], ARGV[i]) == 1 then return {-4, ARGV[i]} end
end
for i = 1, #ARGV do
  -- neither sold nor held (checked above): free before, killed after, unless it was killed already
  if redis.call('SADD', KEYS[4], ARGV[i]) == 1 then seat_moved(KEYS[7], KEYS[8], ARGV[i], false, 'k') end
end
local v = redis.call('INCR', KEYS[5])
redis.call('PUBLISH', KEYS[6], 'S ' .. string.format('%.0f', v) .. ' BLOCKED 0 ' .. table.concat(ARGV, ','))
return {1, v}
