package dev.tiketi.model.queue;

/**
 * What a threshold and an admission rate would do to an event's line as it is now, before they are applied.
 * {@code projectedPerMinute} is the steady admission rate: the measured rate of the last two minutes scaled by the
 * new threshold over the current one (each admitted shopper keeps a slot about as long as now), capped by the new
 * rate; the cap itself while nothing has been measured yet ({@code measured} false). Slots the new threshold
 * frees are filled first, at the cap. {@code lastInLineWaitSeconds}: until the shopper now last in line is let in.
 * {@code drainSeconds}: until the line is empty while shoppers keep arriving as they have lately
 * ({@code arrivalsPerMinute}, from those still waiting who joined in the last two minutes: a lower bound); null
 * when they arrive at least as fast as they are let in (the line does not drain).
 */
public record QueueWhatIf(long eventId, int threshold, int admissionsPerMinute, long waiting, long admitted,
                          Double measuredPerMinute, double projectedPerMinute, boolean measured, double arrivalsPerMinute,
                          long lastInLineWaitSeconds, Long drainSeconds) {
    public static final String THRESHOLD = "threshold";
    public static final String RATE = "admissionsPerMinute";
}
