-- Best available: holds the first of several candidate blocks whose seats are all free, all or nothing.
-- KEYS: as hold_seats.lua (1 inv marker, 2 sold set, 3 seat->hold hash, 4 expiry zset, 5 hold hash, 6 version,
--       7 held-per-user hash, 8 the event's live channel, 9 killed seats set, 10 seat->tier hash, 11 counts hash,
--       12 the event's catalog version, 13 swept flag)
-- ARGV: 1-10 as hold_seats.lua, 11 block size n, 12.. the blocks, best first, n "seatId:tierId:price" each
-- Returns {1, version, index of the block taken (1-based), sweep (as hold_seats.lua)} | {-1} not initialised
-- | {-2, held now} over the limit | {-11} every block has a seat sold, held or killed | {-14} the catalog version moved.
-- Why: shoppers who looked at the seat map at the same moment pass the same list; Redis runs their scripts
-- one after another, so each takes the next block still free instead of all but one failing on the best.
if redis.call('EXISTS', KEYS[1]) == 0 then return {-1} end
if redis.call('GET', KEYS[12]) ~= ARGV[10] then return {-14} end
local n = tonumber(ARGV[11])
if ARGV[4] ~= '' then
  local held = tonumber(redis.call('HGET', KEYS[7], ARGV[4]) or '0')
  if held + tonumber(ARGV[6]) + n > tonumber(ARGV[5]) then return {-2, held} end
end
for first = 12, #ARGV, n do
  local seats = {}
  for i = first, first + n - 1 do
    local seat = string.match(ARGV[i], '^(%d+):')
    if redis.call('SISMEMBER', KEYS[2], seat) == 1 or redis.call('HEXISTS', KEYS[3], seat) == 1
        or redis.call('SISMEMBER', KEYS[9], seat) == 1 then
      seats = nil
      break
    end
    seats[#seats + 1] = seat
  end
  if seats then
    for _, seat in ipairs(seats) do
      redis.call('HSET', KEYS[3], seat, ARGV[1])
      seat_moved(KEYS[10], KEYS[11], seat, false, 'h')
    end
    redis.call('HSET', KEYS[5], 'o', ARGV[2], 'u', ARGV[3], 'lu', ARGV[4], 'k', 'S', 'q', n,
      'it', table.concat(ARGV, ',', first, first + n - 1), 'c', ARGV[7], 'x', ARGV[8], 'm', ARGV[9], 's', 'H')
    redis.call('ZADD', KEYS[4], ARGV[8], ARGV[1])
    if ARGV[4] ~= '' then redis.call('HINCRBY', KEYS[7], ARGV[4], n) end
    local v = redis.call('INCR', KEYS[6])
    redis.call('PUBLISH', KEYS[8], 'S ' .. string.format('%.0f', v) .. ' HELD ' .. ARGV[8] .. ' ' .. table.concat(seats, ','))
    return {1, v, (first - 12) / n + 1, sweep_needed(KEYS[13])}
  end
end
return {-11}
