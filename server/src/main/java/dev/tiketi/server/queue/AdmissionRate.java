package dev.tiketi.server.queue;

import java.time.Duration;
import java.time.Instant;

/**
 * The measured admission rate and the wait it implies. The rate is what was really admitted in the last two
 * minutes (slots freed by buyers and leavers, not the configured cap), over at least ten seconds so a
 * single burst does not promise the moon; the cap still bounds it, so lowering the cap lengthens every ETA
 * at once.
 */
final class AdmissionRate {
    private static final Duration SHORTEST_SPAN = Duration.ofSeconds(10);

    private AdmissionRate() {
    }

    /**
     * Admissions per minute lately, never above the cap, or null when nobody has been admitted in the window.
     * One admission in the last few seconds would otherwise read as 6 a minute against a cap of 1: a rate the
     * waiting room cannot keep and an ETA it cannot meet.
     */
    static Double perMinute(long recentAdmissions, Instant oldestRecent, Instant now, int capPerMinute) {
        if (recentAdmissions <= 0 || oldestRecent == null) {
            return null;
        }
        Duration span = Duration.between(oldestRecent, now);
        if (span.compareTo(SHORTEST_SPAN) < 0) {
            span = SHORTEST_SPAN;
        }
        return Math.min(recentAdmissions * 60_000.0 / span.toMillis(), capPerMinute);
    }

    /** Seconds until someone at {@code position} (1 = next) gets in, or null while there is no measured rate. */
    static Long etaSeconds(long position, Double measuredPerMinute, int capPerMinute) {
        if (measuredPerMinute == null || measuredPerMinute <= 0) {
            return null;
        }
        double perMinute = Math.min(measuredPerMinute, capPerMinute);
        return (long) Math.ceil(position * 60.0 / perMinute);
    }
}
