package dev.tiketi.model.queue;

/** How an event's waiting room behaves. */
public enum QueueMode {
    /** Admit at once while fewer than the threshold are admitted and nobody waits; queue beyond that. */
    AUTO,
    /** Everyone queues; the admitter lets people in at the rate, up to the threshold. */
    FORCED_ON,
    /** No waiting room: no admission needed to hold or buy. */
    OFF
}
