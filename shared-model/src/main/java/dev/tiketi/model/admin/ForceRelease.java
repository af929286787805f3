package dev.tiketi.model.admin;

/**
 * Force-releasing someone's hold ({@code DELETE} {@link dev.tiketi.model.ApiPaths#ADMIN_HOLD}): the admin must say
 * why, in the query parameter {@link #REASON} (not blank, at most {@link #MAX_REASON} characters); the audit log
 * keeps it beside the hold, so the clerk whose basket emptied can be told.
 */
public final class ForceRelease {
    public static final String REASON = "reason";
    public static final int MAX_REASON = 200;

    private ForceRelease() {
    }
}
