-- Claims a live hold for payment: from here on the sweeper will not release it.
-- KEYS: 1 hold hash, 2 expiry zset
-- ARGV: 1 hold id, 2 owner, 3 now ms, 4 idempotency key, 5 payment deadline ms
-- Returns {1} | {0} no such hold of the caller's | {-7} expired | {-9} this same request is in progress
--         | {-10} another payment for it is in progress.
-- Why atomic: "not expired" and "now being paid" are decided in one step, so a hold is either claimed
-- here or released by the sweeper, never both. The deadline lets the sweeper recover a claim whose
-- server died mid-payment (it asks the database whether the sale happened).
if redis.call('EXISTS', KEYS[1]) == 0 then return {0} end
local h = redis.call('HMGET', KEYS[1], 'o', 's', 'x', 'pk')
if h[1] ~= ARGV[2] then return {0} end
if h[2] == 'P' then
  if h[4] == ARGV[4] then return {-9} end
  return {-10}
end
if tonumber(h[3]) <= tonumber(ARGV[3]) then return {-7} end
redis.call('HSET', KEYS[1], 's', 'P', 'pk', ARGV[4])
redis.call('ZADD', KEYS[2], ARGV[5], ARGV[1])
return {1}
