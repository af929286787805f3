package dev.tiketi.model.auth;

/** Who is logged in decides the terminal's mode: ADMIN panel, CLERK counter, KIOSK self-service, CUSTOMER online. */
public enum Role {
    ADMIN, CLERK, KIOSK, CUSTOMER;

    /** Staff sell at the venue and bypass the waiting room. */
    public boolean isStaff() {
        return this == ADMIN || this == CLERK;
    }
}
