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
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AuthService {
    private final Accounts accounts;
    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final TokenIssuer tokens;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    /** Compared against when the username is unknown, so timing does not tell which usernames exist. */
    private final String decoyHash;

    AuthService(Accounts accounts, UserRepository users, PasswordEncoder passwords, TokenIssuer tokens,
                LoginThrottle throttle, AuditLog audit) {
        this.accounts = accounts;
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
        Optional<UserAccount> found = accounts.findByUsername(username);
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
        // Who signed in where and as what; never the password or the token. Failed attempts are counted by the
        // throttle instead: a refused request changes no table.
        audit.recordAs(user.current(), "SIGNED_IN", "user", user.id(), Map.of("role", user.role().name()));
        return tokens.issue(user);
    }

    @Transactional
    UserView register(RegisterRequest request) {
        PasswordPolicy.requireFitsHash(request.password());
        UserEntity user;
        try {
            user = users.saveAndFlush(new UserEntity(request.username(), passwords.encode(request.password()), Role.CUSTOMER,
                    request.displayName().strip()));
        } catch (DataIntegrityViolationException e) {
            throw new ApiException(ErrorCode.USERNAME_TAKEN);
        }
        audit.record("USER_REGISTERED", "user", user.id(), Map.of("username", request.username()));
        return user.view();
    }

    @Transactional(readOnly = true)
    UserView me(CurrentUser user) {
        return users.findById(user.id()).orElseThrow(() -> new ApiException(ErrorCode.USER_NOT_FOUND)).view();
    }
}
