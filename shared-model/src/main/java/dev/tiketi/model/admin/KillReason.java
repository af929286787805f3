package dev.tiketi.model.admin;

/** Why a seat is off sale for one event. */
public enum KillReason {
    /** Kept by the house (guests, press). */
    HOUSE,
    /** Needed by the production (a camera, the sound desk, a sight line). */
    PRODUCTION,
    /** Broken or unsafe. */
    BROKEN
}
