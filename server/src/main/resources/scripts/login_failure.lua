-- Counts one failed login for an account and returns the count.
-- KEYS[1] = login:fail:<username>; ARGV[1] = window/lock length in ms; ARGV[2] = failures that lock.
-- Atomic so that concurrent wrong guesses cannot all read "4" and slip past the lock; the key's
-- expiry restarts when the lock engages, so a locked account stays locked for the whole lock length.
local n = redis.call('INCR', KEYS[1])
if n == 1 or n == tonumber(ARGV[2]) then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
end
return n
