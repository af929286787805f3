package dev.tiketi.server.auth;

import dev.tiketi.model.auth.CreateUserRequest;
import dev.tiketi.model.auth.Role;
import dev.tiketi.model.auth.UpdateUserRequest;
import dev.tiketi.model.auth.UserView;
import dev.tiketi.model.common.PageResponse;
import dev.tiketi.model.error.ErrorCode;
import dev.tiketi.server.audit.AuditLog;
import dev.tiketi.server.error.ApiException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class UserAdminService {
    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final AuditLog audit;

    UserAdminService(UserRepository users, PasswordEncoder passwords, AuditLog audit) {
        this.users = users;
        this.passwords = passwords;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    PageResponse<UserView> list(int page, int size) {
        return new PageResponse<>(users.page(page, size).stream().map(UserAccount::view).toList(), page, size, users.count());
    }

    @Transactional
    UserView create(CreateUserRequest request) {
        PasswordPolicy.requireFitsHash(request.password());
        try {
            long id = users.insert(request.username(), passwords.encode(request.password()), request.role(),
                    request.displayName().strip());
            audit.record("USER_CREATED", "user", id, Map.of("username", request.username(), "role", request.role().name()));
            return users.findById(id).orElseThrow().view();
        } catch (DuplicateKeyException e) {
            throw new ApiException(ErrorCode.USERNAME_TAKEN);
        }
    }

    @Transactional
    UserView update(CurrentUser actor, long id, UpdateUserRequest request) {
        if (request.password() != null) {
            PasswordPolicy.requireFitsHash(request.password());
        }
        UserAccount before = users.findById(id).orElseThrow(() -> new ApiException(ErrorCode.USER_NOT_FOUND));
        boolean losesAdmin = before.role() == Role.ADMIN && before.enabled()
                && (Boolean.FALSE.equals(request.enabled()) || (request.role() != null && request.role() != Role.ADMIN));
        if (losesAdmin && actor.id() == id) {
            throw new ApiException(ErrorCode.CONFLICT, "You cannot disable or demote your own admin account.");
        }
        // Locks the enabled admins' rows, so two admins cannot disable each other at the same moment.
        if (losesAdmin && users.lockEnabledAdmins() <= 1) {
            throw new ApiException(ErrorCode.CONFLICT, "This is the last enabled admin account.");
        }
        UserAccount after = new UserAccount(before.id(), before.username(),
                request.password() != null ? passwords.encode(request.password()) : before.passwordHash(),
                request.role() != null ? request.role() : before.role(),
                request.displayName() != null ? request.displayName().strip() : before.displayName(),
                request.enabled() != null ? request.enabled() : before.enabled(),
                before.createdAt());
        users.update(after);
        Map<String, Object> changes = new LinkedHashMap<>();
        if (request.role() != null) {
            changes.put("role", request.role().name());
        }
        if (request.enabled() != null) {
            changes.put("enabled", request.enabled());
        }
        if (request.displayName() != null) {
            changes.put("displayName", request.displayName());
        }
        if (request.password() != null) {
            changes.put("password", "changed");
        }
        audit.record("USER_UPDATED", "user", id, changes);
        return after.view();
    }
}
