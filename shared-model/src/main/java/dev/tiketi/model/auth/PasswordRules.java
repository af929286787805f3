package dev.tiketi.model.auth;

/** Shared by the server's checks and the clients' forms. */
public final class PasswordRules {
    public static final int MIN_LENGTH = 10;
    /** BCrypt reads at most 72 bytes; longer passwords are refused rather than silently cut. */
    public static final int MAX_LENGTH = 72;
    public static final int MAX_BYTES = 72;
    public static final String USERNAME_PATTERN = "[A-Za-z0-9._-]{3,64}";

    private PasswordRules() {
    }
}
