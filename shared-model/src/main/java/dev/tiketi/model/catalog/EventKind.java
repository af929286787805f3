package dev.tiketi.model.catalog;

/** RESERVED: every ticket is a seat on the venue's map. GA: general admission, counted stock per tier. */
public enum EventKind {
    RESERVED, GA
}
