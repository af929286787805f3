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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class UserAdminService {
    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final ApplicationEventPublisher publisher;

    UserAdminService(UserRepository users, PasswordEncoder passwords, AuditLog audit, ApplicationEventPublisher publisher) {
        this.users = users;
        this.passwords = passwords;
        this.audit = audit;
        this.publisher = publisher;
    }

    @Transactional(readOnly = true)
    PageResponse<UserView> list(int page, int size) {
        Page<UserEntity> found = users.findAll(PageRequest.of(page, size, Sort.by("id")));
        return new PageResponse<>(found.map(UserEntity::view).getContent(), page, size, found.getTotalElements());
    }

    @Transactional
    UserView create(CreateUserRequest request) {
        PasswordPolicy.requireFitsHash(request.password());
        UserEntity user;
        try {
            // flushed here, so a taken name fails inside this try and not at commit
            user = users.saveAndFlush(new UserEntity(request.username(), passwords.encode(request.password()), request.role(),
                    request.displayName().strip()));
        } catch (DataIntegrityViolationException e) {
            throw new ApiException(ErrorCode.USERNAME_TAKEN);
        }
        audit.record("USER_CREATED", "user", user.id(), Map.of("username", request.username(), "role", request.role().name()));
        return user.view();
    }

    @Transactional
    UserView update(CurrentUser actor, long id, UpdateUserRequest request) {
        if (request.password() != null) {
            PasswordPolicy.requireFitsHash(request.password());
        }
        UserEntity user = users.findById(id).orElseThrow(() -> new ApiException(ErrorCode.USER_NOT_FOUND));
        boolean losesAdmin = user.role() == Role.ADMIN && user.enabled()
                && (Boolean.FALSE.equals(request.enabled()) || (request.role() != null && request.role() != Role.ADMIN));
        if (losesAdmin && actor.id() == id) {
            throw new ApiException(ErrorCode.OWN_ACCOUNT_PROTECTED, "You cannot disable or demote your own admin account.");
        }
        // Locks the enabled admins' rows, so two admins cannot disable each other at the same moment.
        if (losesAdmin && users.lockEnabled(Role.ADMIN).size() <= 1) {
            throw new ApiException(ErrorCode.LAST_ADMIN, "This is the last enabled admin account.");
        }
        boolean wasEnabled = user.enabled();
        Role wasRole = user.role();
        Map<String, Object> changes = new LinkedHashMap<>();
        if (request.password() != null) {
            user.changePassword(passwords.encode(request.password()));
            changes.put("password", "changed");
        }
        if (request.role() != null) {
            user.changeRole(request.role());
            changes.put("role", request.role().name());
        }
        if (request.displayName() != null) {
            user.rename(request.displayName().strip());
            changes.put("displayName", request.displayName());
        }
        if (request.enabled() != null) {
            user.enable(request.enabled());
            changes.put("enabled", request.enabled());
        }
        users.flush();
        audit.record("USER_UPDATED", "user", id, changes);
        if ((wasEnabled && !user.enabled()) || wasRole != user.role()) {
            // after commit, on every instance: a disabled or re-roled account keeps no live connection
            publisher.publishEvent(new AccountRevoked(id));
        }
        return user.view();
    }
}
