package dev.tiketi.model.queue;

/**
 * An event's waiting room at a glance, as the live queue topic broadcasts it and the admin sees it.
 * {@code headSequence} is the arrival number at the head of the line (the next arrival number when nobody
 * waits): a waiting client with arrival number s has at most {@code s - headSequence} people ahead, without
 * a message of its own. {@code admissionsPerMinute} is the measured rate of the last two minutes, null
 * until there is one.
 */
public record QueueSummary(long eventId, QueueMode mode, long waiting, long admitted, int threshold,
                           long headSequence, Double admissionsPerMinute) {
}
