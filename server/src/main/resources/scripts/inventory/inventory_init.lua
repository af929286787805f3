-- Loads an event's sold seats, killed seats / sold GA units and GA capacities from the database into Redis.
-- KEYS: 1 inv marker, 2 sold seats set, 3 stock hash, 4 version, 5 killed seats set, 6 seat->hold hash,
--       7 seat->tier hash, 8 counts hash (seat_counts.lua), 9.. sold-units set per GA tier
-- ARGV: 1 '1' = reload even if loaded, 2 now in microseconds, 3 seat count n, 4..3+n seat ids,
--       then killed count k and k seat ids,
--       then per GA tier in KEYS order: tier id, capacity, unit count m, m unit numbers
-- Returns 1 if loaded, 0 if it already was.
-- A forced reload only adds (a sale committing while the database was read must not be wiped out; refunds
-- remove their items themselves). Holds are left alone. The version never goes backwards: after a flush it restarts from the clock in
-- microseconds, which is past anything the old counter reached, so clients see a jump and reload.
local force = ARGV[1] == '1'
if not force and redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
if not force then redis.call('DEL', KEYS[2]) end
local n = tonumber(ARGV[3])
local i = 4
while i < 4 + n do
  local last = math.min(i + 4999, 3 + n)
  redis.call('SADD', KEYS[2], unpack(ARGV, i, last))
  i = last + 1
end
if not force then redis.call('DEL', KEYS[5]) end
local kn = tonumber(ARGV[i])
i = i + 1
local kstop = i + kn
while i < kstop do
  local last = math.min(i + 4999, kstop - 1)
  redis.call('SADD', KEYS[5], unpack(ARGV, i, last))
  i = last + 1
end
local k = 9
while i <= #ARGV do
  local tier, cap, m = ARGV[i], ARGV[i + 1], tonumber(ARGV[i + 2])
  redis.call('HSET', KEYS[3], 'c:' .. tier, cap)
  if not force then redis.call('DEL', KEYS[k]) end
  local j = i + 3
  while j < i + 3 + m do
    local last = math.min(j + 4999, i + 2 + m)
    redis.call('SADD', KEYS[k], unpack(ARGV, j, last))
    j = last + 1
  end
  i = i + 3 + m
  k = k + 1
end
-- A fresh load forgets the seat->tier hash with its catalog version: the next stock read brings the tiers of the
-- catalog version it reads (seat_tiers.lua). The counters are counted again from the sets either way.
if not force then redis.call('DEL', KEYS[7], KEYS[8]) end
seat_recount(KEYS[7], KEYS[8], KEYS[2], KEYS[6], KEYS[5])
redis.call('SET', KEYS[1], '1')
local v = tonumber(redis.call('GET', KEYS[4]) or '0')
if v < tonumber(ARGV[2]) then redis.call('SET', KEYS[4], ARGV[2]) else redis.call('INCR', KEYS[4]) end
return 1
