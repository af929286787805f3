-- Holds chosen seats of one event, all or nothing.
-- KEYS: 1 inv marker, 2 sold set, 3 seat->hold hash, 4 expiry zset, 5 hold hash, 6 version, 7 held-per-user hash,
--       8 the event's live channel (published to, not stored), 9 killed seats set (seats off sale for this event),
--       10 seat->tier hash, 11 counts hash (seat_counts.lua), 12 the event's catalog version,
--       13 swept flag (set while the sweeper's set of events is known to list this event)
-- ARGV: 1 hold id, 2 owner, 3 buyer user id, 4 limited user ('' = no per-customer limit), 5 limit,
--       6 already bought by that user, 7 created ms, 8 expires ms, 9 max expires ms,
--       10 the catalog version the caller's terms, prices and seats were read under, 11.. "seatId:tierId:price"
-- Returns {1, version, sweep} (sweep 1: the caller adds the event to the sweeper's set, then sets the swept flag)
--         | {-1} not initialised | {-2, held now} over the limit | {-3, seat} sold | {-4, seat} held
--         | {-12, seat} killed for this event | {-14} the catalog version moved (read the terms again and retry).
-- Why atomic: every seat is checked and then taken inside one script, so two holds can never both see a seat
-- free; either all seats are taken or none. If Redis is down the caller gets 503 and nothing is held.
if redis.call('EXISTS', KEYS[1]) == 0 then return {-1} end
-- The caller checked the sale against its per-instance copy of the catalog without asking Redis; the copy is
-- used only if it is still the current one, in the same step as the hold, so an admin's change (a price, the
-- sale window, a blocked seat) applies to every hold from the moment its version moves (inside the admin's
-- transaction and again when it ends: decision 0021).
if redis.call('GET', KEYS[12]) ~= ARGV[10] then return {-14} end
local n = #ARGV - 10
if ARGV[4] ~= '' then
  local held = tonumber(redis.call('HGET', KEYS[7], ARGV[4]) or '0')
  if held + tonumber(ARGV[6]) + n > tonumber(ARGV[5]) then return {-2, held} end
end
local seats = {}
for i = 11, #ARGV do
  local seat = string.match(ARGV[i], '^(%d+):')
  if redis.call('SISMEMBER', KEYS[2], seat) == 1 then return {-3, seat} end
  if redis.call('HEXISTS', KEYS[3], seat) == 1 then return {-4, seat} end
  if redis.call('SISMEMBER', KEYS[9], seat) == 1 then return {-12, seat} end
  seats[#seats + 1] = seat
end
for _, seat in ipairs(seats) do
  redis.call('HSET', KEYS[3], seat, ARGV[1])
  seat_moved(KEYS[10], KEYS[11], seat, false, 'h')
end
local items = {}
for i = 11, #ARGV do items[#items + 1] = ARGV[i] end
redis.call('HSET', KEYS[5], 'o', ARGV[2], 'u', ARGV[3], 'lu', ARGV[4], 'k', 'S', 'q', n,
  'it', table.concat(items, ','), 'c', ARGV[7], 'x', ARGV[8], 'm', ARGV[9], 's', 'H')
redis.call('ZADD', KEYS[4], ARGV[8], ARGV[1])
if ARGV[4] ~= '' then redis.call('HINCRBY', KEYS[7], ARGV[4], n) end
local v = redis.call('INCR', KEYS[6])
-- Published here, not by the caller: the version bump and the push are one step, so every server hears
-- an event's seat changes in version order and none is lost between the two.
redis.call('PUBLISH', KEYS[8], 'S ' .. string.format('%.0f', v) .. ' HELD ' .. ARGV[8] .. ' ' .. table.concat(seats, ','))
return {1, v, sweep_needed(KEYS[13])}
