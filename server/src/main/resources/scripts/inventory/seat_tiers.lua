-- Gives a reserved event's seats their tiers as of one catalog version and counts every tier again: on the first
-- stock read after a load, and after an admin change of tiers or layout (the counts hash then names an older version).
-- KEYS: 1 inv marker, 2 seat->tier hash, 3 counts hash, 4 sold seats set, 5 seat->hold hash, 6 killed seats set
-- ARGV: 1 the catalog version these tiers are from, 2.. seat id, tier id, seat id, tier id, ... (priced seats not
--       blocked in the layout)
-- Returns 1 | -1 not initialised.
-- Why atomic: the hash and the counters change together, between two seat scripts, so the counters always equal
-- a count of the seat sets under the hash they were kept with.
if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
redis.call('DEL', KEYS[2])
local i = 2
while i <= #ARGV do
  local last = math.min(i + 3999, #ARGV)
  redis.call('HSET', KEYS[2], unpack(ARGV, i, last))
  i = last + 1
end
redis.call('HSET', KEYS[3], 'cv', ARGV[1])
seat_recount(KEYS[2], KEYS[3], KEYS[4], KEYS[5], KEYS[6])
return 1
