-- Reads GA stock in one step. KEYS: 1 inv marker, 2 stock hash, 3 version, 4.. sold-units set per tier
-- ARGV: tier ids in KEYS order. Returns {-1} not initialised | {version, cap1, held1, sold1, cap2, ...}.
if redis.call('EXISTS', KEYS[1]) == 0 then return {-1} end
local out = {tonumber(redis.call('GET', KEYS[3]) or '0')}
for i = 1, #ARGV do
  out[#out + 1] = tonumber(redis.call('HGET', KEYS[2], 'c:' .. ARGV[i]) or '0')
  out[#out + 1] = tonumber(redis.call('HGET', KEYS[2], 'h:' .. ARGV[i]) or '0')
  out[#out + 1] = redis.call('SCARD', KEYS[3 + i])
end
return out
