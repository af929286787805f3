package dev.tiketi.server.queue;

import java.util.List;

/**
 * These shoppers (ids as {@code ShopperIds} makes them) were just let in by this server's admitter, for the
 * personal push that hands each one a token. One message per admitted shopper, never one per waiting one.
 */
public record QueueAdmitted(long eventId, List<String> shoppers) {
}
