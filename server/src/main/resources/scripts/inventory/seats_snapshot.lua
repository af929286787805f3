-- Reads an event's seat statuses in one step, so sold, held and the version agree.
-- KEYS: 1 inv marker, 2 sold seats set, 3 seat->hold hash, 4 expiry zset, 5 version, 6 killed seats set
-- ARGV: 1 the version of the caller's last snapshot, or ''
-- Returns {-1} not initialised | {version} unchanged since that snapshot | {version, sold ids, {seat, expiry ms, ...},
-- killed ids}. Every seat change bumps the version, so an unchanged version means unchanged statuses.
if redis.call('EXISTS', KEYS[1]) == 0 then return {-1} end
local version = tonumber(redis.call('GET', KEYS[5]) or '0')
if ARGV[1] ~= '' and tonumber(ARGV[1]) == version then return {version} end
local held = {}
local pairs_ = redis.call('HGETALL', KEYS[3])
for i = 1, #pairs_, 2 do
  held[#held + 1] = pairs_[i]
  held[#held + 1] = redis.call('ZSCORE', KEYS[4], pairs_[i + 1]) or '0'
end
return {version, redis.call('SMEMBERS', KEYS[2]), held, redis.call('SMEMBERS', KEYS[6])}
