package dev.tiketi.server.auth;

import dev.tiketi.model.auth.LoginRequest;
import dev.tiketi.model.auth.LoginResponse;
import dev.tiketi.model.auth.RegisterRequest;
import dev.tiketi.model.auth.Role;
import dev.tiketi.model.auth.UserView;
import dev.tiketi.model.error.ErrorCode;
import dev.tiketi.server.audit.AuditLog;
import dev.tiketi.server.error.ApiException;
import dev.tiketi.server.error.RetryLaterException;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AuthService {
    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final TokenIssuer tokens;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    /** Compared against when the username is unknown, so timing does not tell which usernames exist. */
    private final String decoyHash;

    AuthService(UserRepository users, PasswordEncoder passwords, TokenIssuer tokens, LoginThrottle throttle,
                AuditLog audit) {
        this.users = users;
        this.passwords = passwords;
        this.tokens = tokens;
        this.throttle = throttle;
        this.audit = audit;
        this.decoyHash = passwords.encode("decoy-password-never-matches");
    }

    LoginResponse login(LoginRequest request) {
        String username = request.username().strip();
        long lockedFor = throttle.attempt(username);
        if (lockedFor > 0) {
            throw new RetryLaterException(ErrorCode.LOGIN_THROTTLED,
                    "Too many failed logins for this account. Try again in " + lockedFor + " s.", lockedFor);
        }
        Optional<UserAccount> found = users.findByUsername(username);
        // A password too long to have been stored cannot match; BCrypt would refuse to even compare it.
        String candidate = PasswordPolicy.fitsHash(request.password()) ? request.password() : "";
        boolean matches = passwords.matches(candidate, found.map(UserAccount::passwordHash).orElse(decoyHash));
        if (found.isEmpty() || !matches || candidate.isEmpty()) {
            throw new ApiException(ErrorCode.BAD_CREDENTIALS);
        }
        UserAccount user = found.get();
        if (!user.enabled()) {
            throw new ApiException(ErrorCode.ACCOUNT_DISABLED);
        }
        throttle.recordSuccess(username);
        return tokens.issue(user);
    }

    @Transactional
    UserView register(RegisterRequest request) {
        PasswordPolicy.requireFitsHash(request.password());
        try {
            long id = users.insert(request.username(), passwords.encode(request.password()), Role.CUSTOMER,
                    request.displayName().strip());
            audit.record("USER_REGISTERED", "user", id, Map.of("username", request.username()));
            return users.findById(id).orElseThrow().view();
        } catch (DuplicateKeyException e) {
            throw new ApiException(ErrorCode.USERNAME_TAKEN);
        }
    }

    @Transactional(readOnly = true)
    UserView me(CurrentUser user) {
        return users.findById(user.id()).orElseThrow(() -> new ApiException(ErrorCode.USER_NOT_FOUND)).view();
    }
}
