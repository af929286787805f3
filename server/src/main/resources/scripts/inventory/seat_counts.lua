-- Per-tier counters of a reserved event's seats (Scripts prepends this to every inventory script). They live in
-- the counts hash sc:{e} (h:<tier> held, s:<tier> sold, k:<tier> killed, cv the catalog version of the tiers),
-- beside the seat->tier hash st:{e} (priced seats not blocked in the layout; other seats count nowhere). Every
-- script that changes a seat moves its tier's counters in the same step, so a stock read is a few HGETs
-- however big the hall. A seat counts once, where its status puts it: sold before held before killed, as the
-- seat snapshot shows it.

local function seat_status(sold, held, killed, seat)
  if redis.call('SISMEMBER', sold, seat) == 1 then return 's' end
  if redis.call('HEXISTS', held, seat) == 1 then return 'h' end
  if redis.call('SISMEMBER', killed, seat) == 1 then return 'k' end
  return false
end

local function seat_moved(tiers, counts, seat, before, after)
  if before == after then return end
  local tier = redis.call('HGET', tiers, seat)
  if not tier then return end
  if before then redis.call('HINCRBY', counts, before .. ':' .. tier, -1) end
  if after then redis.call('HINCRBY', counts, after .. ':' .. tier, 1) end
end

-- Counts every tier again from the seat sets under the current seat->tier hash: after a (re)load and when the
-- tiers are replaced. Proportional to the seats sold, held or killed, not to the hall. Keeps cv.
local function seat_recount(tiers, counts, sold, held, killed)
  local cv = redis.call('HGET', counts, 'cv')
  redis.call('DEL', counts)
  if cv then redis.call('HSET', counts, 'cv', cv) end
  local function add(seat, kind)
    local tier = redis.call('HGET', tiers, seat)
    if tier then redis.call('HINCRBY', counts, kind .. ':' .. tier, 1) end
  end
  for _, seat in ipairs(redis.call('SMEMBERS', sold)) do add(seat, 's') end
  for _, seat in ipairs(redis.call('HKEYS', held)) do
    if redis.call('SISMEMBER', sold, seat) == 0 then add(seat, 'h') end
  end
  for _, seat in ipairs(redis.call('SMEMBERS', killed)) do
    if redis.call('SISMEMBER', sold, seat) == 0 and redis.call('HEXISTS', held, seat) == 0 then add(seat, 'k') end
  end
end
