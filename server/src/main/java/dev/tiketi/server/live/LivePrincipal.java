package dev.tiketi.server.live;

import dev.tiketi.model.auth.Role;
import dev.tiketi.server.auth.CurrentUser;
import dev.tiketi.server.auth.ShopperIds;
import java.security.Principal;

/**
 * Who a live connection belongs to. Its name is the shopper id ({@link ShopperIds}), so a personal push
 * for a kiosk goes to that kiosk terminal only, and one for a customer to each of their devices.
 */
record LivePrincipal(CurrentUser user, String terminal) implements Principal {

    @Override
    public String getName() {
        return ShopperIds.of(user, terminal);
    }

    /** Staff and kiosk screens count as terminals, customers as viewers. */
    boolean isTerminal() {
        return user.role() != Role.CUSTOMER;
    }

    /** The terminal's name as presence counts it: its configured name, else the account's. */
    String terminalLabel() {
        return terminal == null || terminal.isBlank() ? "@" + user.username() : terminal.strip();
    }
}
