package dev.tiketi.model;

/** REST paths, shared by the server's mappings and the clients. */
public final class ApiPaths {
    public static final String LOGIN = "/api/auth/login";
    public static final String REGISTER = "/api/auth/register";
    public static final String ME = "/api/auth/me";
    public static final String EVENTS = "/api/events";
    public static final String EVENT = "/api/events/{id}";
    public static final String VENUE_LAYOUT = "/api/venues/{id}/layout";
    public static final String ADMIN = "/api/admin";
    public static final String ADMIN_USERS = "/api/admin/users";
    public static final String ADMIN_VENUES = "/api/admin/venues";
    public static final String ADMIN_EVENTS = "/api/admin/events";

    private ApiPaths() {
    }
}
