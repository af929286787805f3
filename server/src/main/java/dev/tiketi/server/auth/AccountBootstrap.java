package dev.tiketi.server.auth;

import dev.tiketi.model.auth.PasswordRules;
import dev.tiketi.model.auth.Role;
import dev.tiketi.server.system.TiketiProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates accounts the server must have before anyone can log in: the first admin from
 * TIKETI_ADMIN_USER / TIKETI_ADMIN_PASSWORD, and the demo accounts when demo data is on. Nothing here
 * invents a password; the demo password is the documented, demo-only one from configuration.
 */
@Component
public class AccountBootstrap {
    private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);

    private final Accounts users;
    private final PasswordEncoder passwords;
    private final TiketiProperties props;

    AccountBootstrap(Accounts users, PasswordEncoder passwords, TiketiProperties props) {
        this.users = users;
        this.passwords = passwords;
        this.props = props;
    }

    /** Refuses a short admin password before the server is up, rather than creating a weak account. */
    public void validateAdminSettings() {
        TiketiProperties.Admin admin = props.admin();
        boolean hasUser = admin.user() != null && !admin.user().isBlank();
        boolean hasPassword = admin.password() != null && !admin.password().isEmpty();
        if (hasUser != hasPassword) {
            throw new IllegalStateException("Set both TIKETI_ADMIN_USER and TIKETI_ADMIN_PASSWORD, or neither.");
        }
        if (hasPassword && admin.password().length() < PasswordRules.MIN_LENGTH) {
            throw new IllegalStateException("TIKETI_ADMIN_PASSWORD is too short: use at least "
                    + PasswordRules.MIN_LENGTH + " characters.");
        }
        if (hasPassword && !PasswordPolicy.fitsHash(admin.password())) {
            throw new IllegalStateException("TIKETI_ADMIN_PASSWORD is too long: at most "
                    + PasswordRules.MAX_BYTES + " bytes (UTF-8).");
        }
        if (hasUser && !admin.user().matches(PasswordRules.USERNAME_PATTERN)) {
            throw new IllegalStateException("TIKETI_ADMIN_USER may use letters, digits, '.', '_' and '-' (3-64).");
        }
    }

    @Transactional
    public void ensureConfiguredAdmin() {
        TiketiProperties.Admin admin = props.admin();
        if (admin.user() == null || admin.user().isBlank()) {
            return;
        }
        if (users.findByUsername(admin.user()).isPresent()) {
            return;
        }
        if (users.insertIfAbsent(admin.user(), passwords.encode(admin.password()), Role.ADMIN, "Administrator")) {
            log.info("created the first admin account '{}' from TIKETI_ADMIN_USER", admin.user());
        }
    }

    /** Demo accounts, one per role, all with the same demo password. Returns false if they existed. */
    @Transactional
    public boolean ensureDemoAccounts(String demoPassword) {
        boolean created = false;
        String hash = null;
        for (Role role : Role.values()) {
            String username = role.name().toLowerCase(java.util.Locale.ROOT);
            if (users.findByUsername(username).isEmpty()) {
                hash = hash != null ? hash : passwords.encode(demoPassword);
                created |= users.insertIfAbsent(username, hash, role, "Demo " + role.name().charAt(0)
                        + role.name().substring(1).toLowerCase(java.util.Locale.ROOT));
            }
        }
        return created;
    }

    public boolean hasEnabledAdmin() {
        return users.countEnabledAdmins() > 0;
    }
}
