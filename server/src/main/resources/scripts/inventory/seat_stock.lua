-- Reads a reserved event's per-tier counters in one step with the version, so they agree with each other.
-- KEYS: 1 inv marker, 2 counts hash (seat_counts.lua), 3 version
-- ARGV: 1 the catalog version of the caller's layout, 2.. tier ids
-- Returns {-1} not initialised | {-13} the counters' seat->tier hash is not from that catalog version (the caller
-- gives the seats their tiers, seat_tiers.lua, and reads again) | {version, held1, sold1, killed1, held2, ...}.
if redis.call('EXISTS', KEYS[1]) == 0 then return {-1} end
if redis.call('HGET', KEYS[2], 'cv') ~= ARGV[1] then return {-13} end
local out = {tonumber(redis.call('GET', KEYS[3]) or '0')}
for i = 2, #ARGV do
  local c = redis.call('HMGET', KEYS[2], 'h:' .. ARGV[i], 's:' .. ARGV[i], 'k:' .. ARGV[i])
  out[#out + 1] = tonumber(c[1] or '0')
  out[#out + 1] = tonumber(c[2] or '0')
  out[#out + 1] = tonumber(c[3] or '0')
end
return out
