-- An admin changed GA capacities: apply them if the event is loaded (else the next load reads them).
-- KEYS: 1 inv marker, 2 stock hash, 3 version. ARGV: tier id, capacity, tier id, capacity, ...
-- Returns the new version, or 0 if not loaded.
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
for i = 1, #ARGV, 2 do redis.call('HSET', KEYS[2], 'c:' .. ARGV[i], ARGV[i + 1]) end
return redis.call('INCR', KEYS[3])
