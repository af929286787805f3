package dev.tiketi.server.queue;

/**
 * The queue what-if, pure arithmetic (see {@code QueueWhatIf}). Slots freed by a higher threshold are filled at
 * the rate cap (the admitter spaces admissions by it); after that shoppers get in as slots turn over. How fast
 * they turn over is measured, and scales with the number of slots (Little's law: the same time per shopper).
 */
final class QueueProjection {
    private QueueProjection() {
    }

    record Result(double steadyPerMinute, boolean measured, long lastInLineWaitSeconds, Long drainSeconds) {
    }

    static Result project(long waiting, long admitted, int currentThreshold, int threshold, int capPerMinute,
                          Double measuredPerMinute, double arrivalsPerMinute) {
        boolean measured = measuredPerMinute != null && measuredPerMinute > 0;
        double steady = measured
                ? Math.min(capPerMinute, measuredPerMinute * threshold / Math.max(1, currentThreshold))
                : capPerMinute;
        long first = Math.min(waiting, Math.max(0, threshold - admitted));
        double firstMinutes = first / (double) capPerMinute;
        long rest = waiting - first;
        long lastWait = seconds(firstMinutes + rest / steady);
        Long drain;
        if (rest == 0) {
            drain = seconds(firstMinutes);
        } else if (arrivalsPerMinute >= steady) {
            drain = null;
        } else {
            drain = seconds(firstMinutes + rest / (steady - arrivalsPerMinute));
        }
        return new Result(steady, measured, lastWait, drain);
    }

    /** Whole seconds, rounded up, but not past a whole number that floating point missed by a hair. */
    private static long seconds(double minutes) {
        return (long) Math.ceil(minutes * 60 - 1e-6);
    }
}
