package dev.tiketi.live;

import dev.tiketi.model.queue.QueueMode;
import dev.tiketi.model.queue.QueueState;
import dev.tiketi.model.queue.QueueStatus;
import dev.tiketi.model.queue.QueueSummary;
import java.time.Instant;

/**
 * Where one shopper stands in an event's waiting room, as a client works it out: a REST check (or the
 * personal admission push) says it outright, and each queue summary in between moves it on from the
 * summary's {@code headSequence}. Pure and immutable, so the arithmetic is tested without a server.
 *
 * <p>{@code position} (1 = next), {@code total} waiting and {@code etaSeconds} are set while {@link
 * QueueState#QUEUED}; {@code admissionToken} and {@code expiresAt} while {@link QueueState#ADMITTED}.
 * {@code firstPosition} is the place first seen for this arrival number, what {@link #progress()} counts from.
 */
public record QueuePlace(long eventId, QueueState state, Long sequence, Long position, Long total, Long etaSeconds,
                         String admissionToken, Instant expiresAt, Long firstPosition) {

    /** What the server said, taken as it is; the first place seen for this arrival number is kept. */
    public static QueuePlace of(QueueStatus status, QueuePlace before) {
        Long first = status.position();
        if (before != null && status.state() == QueueState.QUEUED && before.state == QueueState.QUEUED
                && before.sequence.equals(status.sequence())) {
            first = before.firstPosition;
        }
        return new QueuePlace(status.eventId(), status.state(), status.sequence(), status.position(), status.total(),
                status.etaSeconds(), status.admissionToken(), status.expiresAt(), first);
    }

    public static QueuePlace of(QueueStatus status) {
        return of(status, null);
    }

    /** People in front; null unless waiting. */
    public Long ahead() {
        return position == null ? null : position - 1;
    }

    /**
     * The place after a queue summary. At most {@code sequence - headSequence} people stand in front (some
     * in between may have left, which only the server's own count shows), so a summary can only move the
     * place forward: an older summary arriving late, or one from a slower server, never moves it back.
     * The ETA follows the summary's measured rate, as the server works it out. Not waiting: unchanged.
     */
    public QueuePlace after(QueueSummary summary) {
        if (state != QueueState.QUEUED || needsRecheck(summary)) {
            return this;
        }
        long bound = sequence - summary.headSequence() + 1;
        long next = Math.min(position, bound);
        return new QueuePlace(eventId, state, sequence, next, summary.waiting(), eta(next, summary.admissionsPerMinute()),
                null, null, firstPosition);
    }

    /**
     * Whether a summary says something only a check can resolve: the head of the line has passed this
     * shopper (let in, or the place lapsed; the admission push goes only through the server the shopper is
     * connected to, so it may never come), or the waiting room was switched off.
     */
    public boolean needsRecheck(QueueSummary summary) {
        return state == QueueState.QUEUED && (summary.headSequence() > sequence || summary.mode() == QueueMode.OFF);
    }

    /**
     * How far along the bar is, from 0 (at the place first seen) to 1 (in): the share of the first place's
     * distance already covered, so each step forward moves it by the same amount and admission completes it.
     * 0 when not waiting and not in.
     */
    public double progress() {
        return switch (state) {
            case ADMITTED, OPEN -> 1.0;
            case NOT_QUEUED -> 0.0;
            case QUEUED -> firstPosition == null || firstPosition <= 0 ? 0.0
                    : Math.max(0.0, (double) (firstPosition - position) / firstPosition);
        };
    }

    /** Seconds until a shopper at {@code position} gets in at the measured rate; null without one (as the server says). */
    static Long eta(long position, Double perMinute) {
        if (perMinute == null || perMinute <= 0) {
            return null;
        }
        return (long) Math.ceil(position * 60.0 / perMinute);
    }
}
