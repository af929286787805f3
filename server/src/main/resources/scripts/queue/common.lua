-- Shared by every waiting-room script (QueueScripts prepends it). Every script gets the same eight keys of
-- one event, all under its hash tag {e<id>}, so each runs on a single slot, also on Redis Cluster.
-- Times are epoch milliseconds from the calling server's clock, passed in ARGV[1].
local waiting = KEYS[1]   -- zset: user -> arrival sequence (the line, FIFO)
local seen = KEYS[2]      -- zset: waiting user -> last heard from (abandonment)
local joined = KEYS[3]    -- hash: waiting user -> when they joined (oldest wait)
local admitted = KEYS[4]  -- zset: admitted user -> idle deadline
local seq = KEYS[5]       -- counter: the last arrival sequence given out
local rate = KEYS[6]      -- the rate cap's theoretical arrival time, in microseconds (GCRA)
local log = KEYS[7]       -- zset: arrival sequence -> when admitted, last five minutes (measured rate)
local cfg = KEYS[8]       -- hash: the settings (QueueSettingsStore writes them)

local now = tonumber(ARGV[1])
local RATE_WINDOW = 120000

local function config()
  local c = redis.call('HMGET', cfg, 'mode', 'threshold', 'rate', 'idle', 'abandon')
  if not c[1] then
    return nil
  end
  return { mode = c[1], threshold = tonumber(c[2]), rate = tonumber(c[3]), idle = tonumber(c[4]), abandon = tonumber(c[5]) }
end

-- Admitted users whose idle deadline has passed lose the slot.
local function expire_idle()
  return redis.call('ZREMRANGEBYSCORE', admitted, '-inf', now)
end

local function forget_waiting(user)
  redis.call('ZREM', waiting, user)
  redis.call('ZREM', seen, user)
  redis.call('HDEL', joined, user)
end

-- The rate cap as a generic cell rate algorithm. The key holds the theoretical arrival time of the last
-- admission; the next is due one interval (60 s / the current rate) after it and is allowed while that time
-- is at most `tolerance` ahead of now. So at most rate admissions per minute, plus one tolerance's worth.
-- Keeping the last time rather than the next due one makes a changed rate count from the last admission:
-- raised from 1 to 600 a minute, the next pass lets people in instead of waiting out the old minute.
local function rate_allows(c, tolerance_us)
  local now_us = now * 1000
  local tat = tonumber(redis.call('GET', rate) or '0') + math.floor(60000000 / c.rate)
  if tat < now_us then
    tat = now_us
  end
  return tat - now_us <= tolerance_us, tat
end

local function admit(user, arrival, c, tat)
  redis.call('SET', rate, string.format('%.0f', tat))
  redis.call('ZADD', admitted, now + c.idle, user)
  redis.call('ZADD', log, now, arrival)
  redis.call('ZREMRANGEBYSCORE', log, '-inf', now - 300000)
end

-- The head's arrival sequence, or the next one when nobody waits.
local function head()
  local first = redis.call('ZRANGE', waiting, 0, 0, 'WITHSCORES')
  if #first > 0 then
    return tonumber(first[2])
  end
  return tonumber(redis.call('GET', seq) or '0') + 1
end

-- {waiting, admitted, head, admissions in the rate window, when the oldest of them was, threshold,
--  rate cap per minute, mode}
local function summary(c)
  local recent = redis.call('ZRANGEBYSCORE', log, now - RATE_WINDOW, '+inf', 'WITHSCORES', 'LIMIT', 0, 1)
  local oldest = -1
  if #recent > 0 then
    oldest = tonumber(recent[2])
  end
  return { redis.call('ZCARD', waiting), redis.call('ZCARD', admitted), head(),
           redis.call('ZCOUNT', log, now - RATE_WINDOW, '+inf'), oldest, c.threshold, c.rate, c.mode }
end

local function append(list, more)
  for _, v in ipairs(more) do
    list[#list + 1] = v
  end
  return list
end
