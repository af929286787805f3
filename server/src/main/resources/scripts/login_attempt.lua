-- Counts one login attempt for an account before its password is checked, and says whether it may go on.
-- KEYS[1] = <namespace>:login:attempts:<username>; ARGV[1] = window and lock length in ms; ARGV[2] = attempts allowed.
-- Returns {1, 0} to go on, or {0, ms until the lock lifts}.
-- Counting before the (slow) password check, in one atomic step, is what makes the limit hold under
-- parallel guessing: each attempt gets its own number, and only the first ARGV[2] are checked at all.
-- A successful login deletes the key, so only failures accumulate.
local n = redis.call('INCR', KEYS[1])
local allowed = tonumber(ARGV[2])
if n == 1 or n == allowed + 1 then
  -- the window opens with the first attempt; the lock runs its full length from the first refusal
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
end
if n > allowed then
  return {0, redis.call('PTTL', KEYS[1])}
end
return {1, 0}
