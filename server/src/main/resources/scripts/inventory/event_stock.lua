-- What one read of an event's stock (or detail) needs, in one step: the catalog version, the inventory version and
-- the counters, so a warm read is one round trip and the three answer for the same moment (issue 18).
-- KEYS: 1 inv marker, 2 catalog version, 3 version, 4 counts hash (seat_counts.lua), 5 GA stock hash,
--       6.. GA sold-units set per tier
-- ARGV: 1 'S' reserved seating: the counts hash | 'G' GA: capacity, held and sold per tier (ARGV 2.. the tier ids, in
--       KEYS order) | '' the versions only (the caller does not know the event's kind yet)
-- Returns {catalog version or '', -1} not initialised | {catalog version or '', version, payload}: 'S' the counts
-- hash as field, value pairs (its cv included); 'G' {cap1, held1, sold1, cap2, ...}.
-- The catalog version comes back even when not initialised: the caller checks the event may be seen before loading it.
local catalog = redis.call('GET', KEYS[2]) or ''
if redis.call('EXISTS', KEYS[1]) == 0 then return {catalog, -1} end
local version = tonumber(redis.call('GET', KEYS[3]) or '0')
if ARGV[1] == 'S' then return {catalog, version, redis.call('HGETALL', KEYS[4])} end
if ARGV[1] ~= 'G' then return {catalog, version} end
local out = {}
for i = 2, #ARGV do
  out[#out + 1] = tonumber(redis.call('HGET', KEYS[5], 'c:' .. ARGV[i]) or '0')
  out[#out + 1] = tonumber(redis.call('HGET', KEYS[5], 'h:' .. ARGV[i]) or '0')
  out[#out + 1] = redis.call('SCARD', KEYS[4 + i])
end
return {catalog, version, out}
