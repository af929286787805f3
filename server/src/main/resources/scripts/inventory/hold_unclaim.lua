-- Gives a claimed hold back to its owner after a payment that did not happen (declined card, terminal
-- time-out, refused sale): it keeps its original expiry, so the sweeper frees it then.
-- KEYS: 1 hold hash, 2 expiry zset
-- ARGV: 1 hold id, 2 idempotency key of the claim
-- Returns 1 if given back, 0 if the hold was not claimed by that request.
if redis.call('HGET', KEYS[1], 's') ~= 'P' or redis.call('HGET', KEYS[1], 'pk') ~= ARGV[2] then return 0 end
redis.call('HSET', KEYS[1], 's', 'H')
redis.call('HDEL', KEYS[1], 'pk')
redis.call('ZADD', KEYS[2], redis.call('HGET', KEYS[1], 'x'), ARGV[1])
return 1
