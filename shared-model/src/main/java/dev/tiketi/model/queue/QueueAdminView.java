package dev.tiketi.model.queue;

/** What the admin sees of an event's waiting room: the summary, how long the head has waited, the settings. */
public record QueueAdminView(QueueSummary summary, Long oldestWaitSeconds, QueueSettings settings) {
}
