-- The sweeper's set of events with holds (sweep:events) is the one key outside any event's slot, so no script
-- may write it: after a hold the caller adds the event (SADD) and then sets the event's swept flag sw:{e}. A hold
-- script asks for that only while the flag is missing: once per event, not once per hold. The sweeper deletes the
-- flag before it takes the event out of the set, and looks for holds again afterwards (HoldSweeper), so a set
-- flag always means the set lists the event or the sweeper is about to put it back; a caller that failed between
-- the script and the SADD left the flag unset, and the next hold adds the event again.
local function sweep_needed(flag)
  if redis.call('EXISTS', flag) == 1 then return 0 end
  return 1
end
