-- Holds a quantity of one GA tier's stock.
-- KEYS: 1 inv marker, 2 stock hash (c:<tier> capacity, h:<tier> held), 3 sold-units set of the tier,
--       4 expiry zset, 5 hold hash, 6 version, 7 held-per-user hash, 8 the event's catalog version, 9 swept flag,
--       10 the event's live channel (published to, not stored)
-- ARGV: 1 hold id, 2 owner, 3 buyer, 4 limited user or '', 5 limit, 6 already bought, 7 created ms,
--       8 expires ms, 9 max expires ms, 10 catalog version (as hold_seats.lua), 11 tier id, 12 quantity, 13 unit price
-- Returns {1, version, sweep (as hold_seats.lua)} | {-1} not initialised | {-2, held now} over the limit
-- | {-5, available, unsold} not enough available now (unsold: what is not sold yet, held or not: SOLD_OUT only
-- when that is short too) | {-14} the catalog version moved.
-- Why atomic: available = capacity - held - sold is read and reduced in one step, so a burst of buyers
-- takes exactly the stock there is: no lost updates, and no buyer refused while stock remains.
if redis.call('EXISTS', KEYS[1]) == 0 then return {-1} end
if redis.call('GET', KEYS[8]) ~= ARGV[10] then return {-14} end
local qty = tonumber(ARGV[12])
if ARGV[4] ~= '' then
  local held = tonumber(redis.call('HGET', KEYS[7], ARGV[4]) or '0')
  if held + tonumber(ARGV[6]) + qty > tonumber(ARGV[5]) then return {-2, held} end
end
local tier = ARGV[11]
local cap = tonumber(redis.call('HGET', KEYS[2], 'c:' .. tier) or '0')
local held = tonumber(redis.call('HGET', KEYS[2], 'h:' .. tier) or '0')
local unsold = cap - redis.call('SCARD', KEYS[3])
local available = unsold - held
if available < qty then return {-5, math.max(available, 0), math.max(unsold, 0)} end
redis.call('HINCRBY', KEYS[2], 'h:' .. tier, qty)
redis.call('HSET', KEYS[5], 'o', ARGV[2], 'u', ARGV[3], 'lu', ARGV[4], 'k', 'G', 't', tier, 'q', qty,
  'it', tier .. ':' .. ARGV[13], 'c', ARGV[7], 'x', ARGV[8], 'm', ARGV[9], 's', 'H')
redis.call('ZADD', KEYS[4], ARGV[8], ARGV[1])
if ARGV[4] ~= '' then redis.call('HINCRBY', KEYS[7], ARGV[4], qty) end
local v = redis.call('INCR', KEYS[6])
-- the stock notice goes out in the same step, as the seat scripts' do: no second command per hold
redis.call('PUBLISH', KEYS[10], 'T ' .. string.format('%.0f', v))
return {1, v, sweep_needed(KEYS[9])}
