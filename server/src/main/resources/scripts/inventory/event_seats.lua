-- What one read of an event's seat map needs, in one step: the catalog version (the layout: seats, tiers, blocks),
-- the inventory version and, unless both are the caller's, every seat's status (issue 18).
-- KEYS: 1 inv marker, 2 catalog version, 3 version, 4 sold seats set, 5 seat->hold hash, 6 expiry zset,
--       7 killed seats set
-- ARGV: 1 the catalog version of the caller's last snapshot, or '', 2 its version, or ''
-- Returns {catalog version or '', -1} not initialised | {catalog version, version} both unchanged since that snapshot |
-- {catalog version or '', version, sold ids, {seat, expiry ms, ...}, killed ids}. Every seat change bumps the version
-- and every layout change the catalog version, so two unchanged versions mean an unchanged map.
local catalog = redis.call('GET', KEYS[2]) or ''
if redis.call('EXISTS', KEYS[1]) == 0 then return {catalog, -1} end
local version = tonumber(redis.call('GET', KEYS[3]) or '0')
if catalog ~= '' and ARGV[1] == catalog and ARGV[2] ~= '' and tonumber(ARGV[2]) == version then
  return {catalog, version}
end
local held = {}
local pairs_ = redis.call('HGETALL', KEYS[5])
for i = 1, #pairs_, 2 do
  held[#held + 1] = pairs_[i]
  held[#held + 1] = redis.call('ZSCORE', KEYS[6], pairs_[i + 1]) or '0'
end
return {catalog, version, redis.call('SMEMBERS', KEYS[4]), held, redis.call('SMEMBERS', KEYS[7])}
