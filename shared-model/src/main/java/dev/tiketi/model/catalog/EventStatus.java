package dev.tiketi.model.catalog;

/**
 * What a customer sees. DRAFT, CLOSED and CANCELLED are set by an admin; UPCOMING, ON_SALE and CLOSED
 * also follow from a published event's sale window and the clock, so nobody has to flip them by hand.
 */
public enum EventStatus {
    DRAFT, UPCOMING, ON_SALE, CLOSED, CANCELLED
}
