package dev.tiketi.server.auth;

import dev.tiketi.model.ApiPaths;
import dev.tiketi.model.auth.LoginRequest;
import dev.tiketi.model.auth.LoginResponse;
import dev.tiketi.model.auth.RegisterRequest;
import dev.tiketi.model.auth.UserView;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AuthController {
    private final AuthService auth;

    AuthController(AuthService auth) {
        this.auth = auth;
    }

    @Operation(summary = "Log in; returns a bearer token. Repeated failures lock the account for a while (429).")
    @PostMapping(ApiPaths.LOGIN)
    LoginResponse login(@Valid @RequestBody LoginRequest request) {
        return auth.login(request);
    }

    @Operation(summary = "Create a CUSTOMER account (the online channel).")
    @PostMapping(ApiPaths.REGISTER)
    @ResponseStatus(HttpStatus.CREATED)
    UserView register(@Valid @RequestBody RegisterRequest request) {
        return auth.register(request);
    }

    @Operation(summary = "The account behind the token.")
    @GetMapping(ApiPaths.ME)
    UserView me(@AuthenticationPrincipal CurrentUser user) {
        return auth.me(user);
    }
}
