package dev.tiketi.server.live;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.socket.WebSocketExtension;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.standard.StandardWebSocketUpgradeStrategy;

/**
 * Spring's upgrade to a WebSocket, except that the session does not keep a copy of the handshake's HTTP
 * headers: Spring copies them all into every session for its whole life (about 1.5 KB each), and nothing
 * here reads them (the token comes with STOMP's CONNECT). The handshake itself is checked before this runs,
 * from the request's own headers, and Tomcat reads the servlet request directly.
 */
final class HandshakeWithoutHeaders extends StandardWebSocketUpgradeStrategy {
    @Override
    public void upgrade(ServerHttpRequest request, ServerHttpResponse response, String selectedProtocol,
                        List<WebSocketExtension> selectedExtensions, Principal user, WebSocketHandler wsHandler,
                        Map<String, Object> attrs) {
        ServerHttpRequest withoutHeaders = request instanceof ServletServerHttpRequest servlet
                ? new WithoutHeaders(servlet) : request;
        super.upgrade(withoutHeaders, response, selectedProtocol, selectedExtensions, user, wsHandler, attrs);
    }

    private static final class WithoutHeaders extends ServletServerHttpRequest {
        WithoutHeaders(ServletServerHttpRequest request) {
            super(request.getServletRequest());
        }

        @Override
        public HttpHeaders getHeaders() {
            return new HttpHeaders();
        }
    }
}
