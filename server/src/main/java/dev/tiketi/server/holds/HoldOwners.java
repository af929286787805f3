package dev.tiketi.server.holds;

import dev.tiketi.model.auth.Role;
import dev.tiketi.server.auth.CurrentUser;

/**
 * Who a hold belongs to. A customer's hold is theirs on any device; a clerk's or kiosk's belongs to the
 * account on that terminal, so a clerk's basket at counter 3 cannot be bought at counter 4.
 */
public final class HoldOwners {
    private HoldOwners() {
    }

    public static String of(CurrentUser user, String terminal) {
        if (user.role() == Role.CUSTOMER) {
            return "u" + user.id();
        }
        return "u" + user.id() + "@" + (terminal == null ? "" : terminal.strip());
    }
}
