-- A user leaves, whether waiting or admitted (left, bought, or cleared by hand): ARGV[2] user.
-- Returns 1 if an admitted slot was freed, 0 otherwise.
forget_waiting(ARGV[2])
return redis.call('ZREM', admitted, ARGV[2])
