package dev.tiketi.server.auth;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import dev.tiketi.model.error.ErrorCode;
import dev.tiketi.model.live.LiveDestinations;
import dev.tiketi.server.error.ProblemResponseWriter;
import dev.tiketi.server.system.TiketiProperties;
import java.util.Map;
import javax.crypto.SecretKey;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.MappedJwtClaimSetConverter;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import jakarta.servlet.DispatcherType;

/**
 * Stateless bearer-token security: Spring Security's resource server checks the JWT, and
 * {@link AccountAuthenticationConverter} loads the account behind it. Admin paths need ADMIN here and again
 * on each admin controller ({@code @PreAuthorize}), so a mapping added later cannot slip past both.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain api(HttpSecurity http, JwtDecoder decoder, AccountAuthenticationConverter converter,
                            ClaimsAuthenticationConverter claims, ProblemResponseWriter problems) throws Exception {
        AuthenticationManager fromDatabase = manager(decoder, converter);
        AuthenticationManager fromClaims = manager(decoder, claims);
        AuthenticationEntryPoint unauthenticated = (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Bearer");
            boolean disabled = e instanceof DisabledException || e.getCause() instanceof DisabledException;
            problems.write(request, response, disabled ? ErrorCode.ACCOUNT_DISABLED : ErrorCode.UNAUTHENTICATED);
        };
        AccessDeniedHandler forbidden = (request, response, e) -> problems.write(request, response, ErrorCode.FORBIDDEN);
        http.csrf(csrf -> csrf.disable())
                .cors(cors -> cors.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless: no request is ever saved to replay after a login, and no code asks the servlet API
                // who the caller is (controllers take @AuthenticationPrincipal), so neither filter earns its cost
                // on every request (decision 0025)
                .requestCache(cache -> cache.disable())
                .servletApi(api -> api.disable())
                .authorizeHttpRequests(auth -> auth
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/error").permitAll()
                        .requestMatchers("/api/auth/login", "/api/auth/register").permitAll()
                        // the WebSocket handshake: the live protocol checks the bearer token in STOMP CONNECT
                        .requestMatchers(LiveDestinations.ENDPOINT).permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/events", "/api/events/**", "/api/venues/**").permitAll()
                        .requestMatchers("/api/admin/**", "/api/queue/admin/**").hasRole("ADMIN")
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info",
                                "/actuator/prometheus").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(rs -> rs
                        // the rush's paths take a confirmed token at its word (decisions 0021, 0022, 0025)
                        .authenticationManagerResolver(request -> RushPaths.matches(request) ? fromClaims : fromDatabase)
                        .bearerTokenResolver(new BearerHeader())
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(unauthenticated).accessDeniedHandler(forbidden));
        return http.build();
    }

    private static AuthenticationManager manager(JwtDecoder decoder,
                                                 Converter<Jwt, ? extends AbstractAuthenticationToken> converter) {
        JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
        provider.setJwtAuthenticationConverter(converter);
        return new ProviderManager(provider);
    }

    @Bean
    SecretKey jwtKey(TiketiProperties props) {
        return JwtSecret.resolve(props);
    }

    @Bean
    JwtDecoder jwtDecoder(SecretKey jwtKey, TiketiProperties props) {
        OAuth2TokenValidator<Jwt> validator = JwtValidators.createDefaultWithIssuer(TokenIssuer.ISSUER);
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(jwtKey).macAlgorithm(MacAlgorithm.HS256).build();
        decoder.setJwtValidator(validator);
        // The default converter tries every "iss" as a URL first; ours ("tiketi") is not one, so each request
        // threw and caught an exception with a deep stack. The validator above compares it as a string.
        Map<String, Converter<Object, ?>> issuerAsText = Map.of(JwtClaimNames.ISS, Object::toString);
        decoder.setClaimSetConverter(MappedJwtClaimSetConverter.withDefaults(issuerAsText));
        return new VerifiedTokens(decoder, validator, props.token().verifiedCache());
    }

    /**
     * No filter, authentication or authorization of Spring Security is observed. Turning the observations off
     * by name (application.yml) still wrapped every filter of the chain in a decorator that started a no-op
     * observation per filter per request; with these settings the chain is not decorated at all (decision 0025).
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * Spring Security's firewall with its header and parameter checks as loops rather than regexes. It checks a
     * header or parameter when something reads it, so a refusal can come from anywhere down the chain: it is a
     * 400 problem, not the container's 500. Its message quotes the refused value (it may be a token): not logged.
     */
    @Bean
    WebSecurityCustomizer firewall(ProblemResponseWriter problems) {
        return web -> web.httpFirewall(FirewallCharacters.firewall())
                .requestRejectedHandler((request, response, e) -> problems.write(request, response, ErrorCode.INVALID_REQUEST));
    }

    @Bean
    JwtEncoder jwtEncoder(SecretKey jwtKey) {
        return new NimbusJwtEncoder(new ImmutableSecret<>(jwtKey));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
