package dev.tiketi.server.system;

import dev.tiketi.model.common.Headers;
import dev.tiketi.server.auth.CurrentUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One structured line per API request: method, path, status, duration, user, terminal. It logs the path
 * only, never the query string, headers or body, so tokens and passwords cannot end up in a log.
 * With TIKETI_LOG_FORMAT=ecs (or logstash) the key-values become JSON fields.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestLogFilter extends OncePerRequestFilter {
    private static final Logger log = LoggerFactory.getLogger("tiketi.http");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !path.startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            // the key-values (a regex on the terminal name) are not free: build them only when the line is wanted
            if (log.isInfoEnabled()) {
                long micros = (System.nanoTime() - start) / 1_000;
                log.atInfo()
                        .addKeyValue("method", request.getMethod())
                        .addKeyValue("path", request.getRequestURI())
                        .addKeyValue("status", response.getStatus())
                        .addKeyValue("ms", micros / 1000.0)
                        .addKeyValue("user", user(request))
                        .addKeyValue("terminal", terminal(request))
                        .log("{} {} {} {}ms", request.getMethod(), request.getRequestURI(), response.getStatus(), micros / 1000.0);
            }
        }
    }

    private static String user(HttpServletRequest request) {
        // The resource server keeps the authenticated context in this request attribute (stateless).
        Object context = request.getAttribute(RequestAttributeSecurityContextRepository.DEFAULT_REQUEST_ATTR_NAME);
        if (context instanceof SecurityContext sc && sc.getAuthentication() != null
                && sc.getAuthentication().getPrincipal() instanceof CurrentUser user) {
            return user.username();
        }
        return "-";
    }

    private static String terminal(HttpServletRequest request) {
        String terminal = request.getHeader(Headers.TERMINAL);
        if (terminal == null || terminal.isBlank()) {
            return "-";
        }
        String clean = terminal.replaceAll("[^\\p{L}\\p{N} ._-]", "?");
        return clean.length() > 64 ? clean.substring(0, 64) : clean;
    }
}
