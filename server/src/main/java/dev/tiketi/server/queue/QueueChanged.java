package dev.tiketi.server.queue;

import dev.tiketi.model.queue.QueueSummary;

/**
 * An event's waiting room changed (published by each server's admitter, at most once per pass), for the
 * live queue topic. Each server computes it from the shared Redis state, so none needs to relay it.
 */
public record QueueChanged(QueueSummary summary) {
}
