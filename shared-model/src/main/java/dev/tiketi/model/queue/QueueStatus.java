package dev.tiketi.model.queue;

import java.time.Instant;

/**
 * One user's place. ADMITTED carries {@code admissionToken} (send it as the X-Tiketi-Admission header when
 * holding and buying) and {@code expiresAt} (the slot lapses then unless the user is active). QUEUED carries
 * {@code sequence} (the arrival number, fixed for as long as the user stays), {@code position} (1 = next),
 * {@code ahead}, {@code total} waiting, {@code headSequence} (the arrival number now at the head, which
 * the live queue summary also broadcasts) and {@code etaSeconds}, null while no admission rate has been
 * measured yet.
 */
public record QueueStatus(long eventId, QueueState state, boolean admitted, boolean queued,
                          String admissionToken, Instant expiresAt,
                          Long sequence, Long position, Long ahead, Long total, Long headSequence, Long etaSeconds) {

    public static QueueStatus open(long eventId) {
        return new QueueStatus(eventId, QueueState.OPEN, true, false, null, null, null, null, null, null, null, null);
    }

    public static QueueStatus admitted(long eventId, String token, Instant expiresAt) {
        return new QueueStatus(eventId, QueueState.ADMITTED, true, false, token, expiresAt, null, null, null, null, null, null);
    }

    public static QueueStatus queued(long eventId, long sequence, long ahead, long total, long headSequence, Long etaSeconds) {
        return new QueueStatus(eventId, QueueState.QUEUED, false, true, null, null, sequence, ahead + 1, ahead, total,
                headSequence, etaSeconds);
    }

    public static QueueStatus notQueued(long eventId) {
        return new QueueStatus(eventId, QueueState.NOT_QUEUED, false, false, null, null, null, null, null, null, null, null);
    }
}
