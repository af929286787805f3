package dev.tiketi.server.auth;

import dev.tiketi.model.auth.Role;

/**
 * Who is shopping, as holds and the waiting room know them. A customer is the same shopper on any device;
 * a clerk or a kiosk is the account at one terminal, so a clerk's basket at counter 3 cannot be bought at
 * counter 4, and the kiosks sharing one account each queue for themselves.
 */
public final class ShopperIds {
    private ShopperIds() {
    }

    public static String of(CurrentUser user, String terminal) {
        if (user.role() == Role.CUSTOMER) {
            return "u" + user.id();
        }
        return "u" + user.id() + "@" + (terminal == null ? "" : terminal.strip());
    }
}
