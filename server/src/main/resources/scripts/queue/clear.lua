-- Empties the line and the admitted set (the admin's "clear"). The arrival counter stays, so arrival
-- sequences are never reused. Returns {waiting removed, admitted removed}.
local w = redis.call('ZCARD', waiting)
local a = redis.call('ZCARD', admitted)
redis.call('DEL', waiting, seen, joined, admitted, rate)
return { w, a }
