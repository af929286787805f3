package dev.tiketi.server.orders;

import dev.tiketi.model.auth.Role;
import dev.tiketi.model.sales.Channel;

/** The channel follows from who sells: staff at the counter, the kiosk account, or the customer online. */
final class Channels {
    private Channels() {
    }

    static Channel of(Role role) {
        return switch (role) {
            case ADMIN, CLERK -> Channel.CLERK;
            case KIOSK -> Channel.KIOSK;
            case CUSTOMER -> Channel.ONLINE;
        };
    }
}
