package dev.tiketi.model.queue;

/** Where a user stands with an event's waiting room. */
public enum QueueState {
    /** The waiting room is off (or the caller is staff): go straight in, no admission token needed. */
    OPEN,
    /** Admitted: hold and buy with the admission token until it lapses. */
    ADMITTED,
    /** Waiting in line. */
    QUEUED,
    /** Neither waiting nor admitted (never joined, left, timed out or cleared): check in to join. */
    NOT_QUEUED
}
