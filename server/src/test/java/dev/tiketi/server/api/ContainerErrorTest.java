package dev.tiketi.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiketi.server.support.Api;
import dev.tiketi.server.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Requests that Tomcat or Spring Security's firewall refuses before a controller sees them (an encoded slash, a
 * NUL, a bad request line, an oversized header, a control character) still get a problem document with a code,
 * never Tomcat's HTML page. Sent over a raw socket: an HTTP client would normalise or refuse these requests itself.
 */
class ContainerErrorTest extends IntegrationTest {

    static Stream<Arguments> requests() {
        return Stream.of(
                Arguments.of("encoded slashes climbing out of /api/holds", "DELETE /api/holds/..%2F..%2Fadmin HTTP/1.1\r\n", ""),
                Arguments.of("an encoded backslash", "GET /api/events/..%5C..%5Cadmin HTTP/1.1\r\n", ""),
                Arguments.of("an encoded NUL", "GET /api/events/%00 HTTP/1.1\r\n", ""),
                Arguments.of("dot segments above the root", "GET /api/%2e%2e/%2e%2e/%2e%2e/etc HTTP/1.1\r\n", ""),
                Arguments.of("a bad percent escape", "GET /api/events/%zz HTTP/1.1\r\n", ""),
                Arguments.of("a raw character not allowed in a request line", "GET /api/events/{1} HTTP/1.1\r\n", ""),
                Arguments.of("a header 20 kB long", "GET /api/events HTTP/1.1\r\n", "X-Padding: " + "가".repeat(7_000) + "\r\n"),
                Arguments.of("a header name with a space", "GET /api/events HTTP/1.1\r\n", "Bad Header: 1\r\n"),
                // Tomcat lets these through; Spring Security's firewall (its checks as loops: decision 0025) refuses
                // them when they are read: the token inside the security chain, a parameter inside a controller
                Arguments.of("a control character in the bearer token", "GET /api/events HTTP/1.1\r\n",
                        "Authorization: Bearer abc\u0085def\r\n"),
                Arguments.of("a control character in a query parameter", "GET /api/events?status=ON_SALE%01 HTTP/1.1\r\n", ""),
                Arguments.of("an unassigned character in a query parameter", "GET /api/events?status=%CD%B8 HTTP/1.1\r\n", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void tomcatsOwnRefusalsAreProblemDocuments(String name, String requestLine, String extraHeaders) throws IOException {
        Map<String, String> before = snapshot();

        Raw r = send(requestLine + "Host: 127.0.0.1:" + port + "\r\n" + extraHeaders + "Accept: */*\r\nConnection: close\r\n\r\n");

        assertThat(r.status()).as("%s -> %s", name, r).isBetween(400, 499);
        assertThat(r.headers().get("content-type")).as("%s -> %s", name, r).startsWith("application/problem+json");
        JsonNode problem = Api.JSON.readTree(r.body());
        assertThat(problem.get("status").asInt()).as(name).isEqualTo(r.status());
        assertThat(problem.get("code").asString()).as(name).isNotBlank();
        assertThat(problem.get("type").asString()).as(name).startsWith("https://tiketi.dev/problems/");
        assertThat(problem.get("detail").asString()).as(name).isNotBlank().doesNotContain("Exception");
        assertThat(snapshot()).as(name + " changed data").isEqualTo(before);
    }

    private record Raw(int status, Map<String, String> headers, String body) {
    }

    private Raw send(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            byte[] all = readAll(socket.getInputStream());
            String text = new String(all, StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            String[] head = text.substring(0, split).split("\r\n");
            int status = Integer.parseInt(head[0].split(" ")[1]);
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < head.length; i++) {
                int colon = head[i].indexOf(':');
                headers.put(head[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), head[i].substring(colon + 1).trim());
            }
            String body = text.substring(split + 4);
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                body = unchunk(body);
            }
            return new Raw(status, headers, body);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n; (n = in.read(buffer)) > 0; ) {
            bytes.write(buffer, 0, n);
        }
        return bytes.toByteArray();
    }

    private static String unchunk(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (true) {
            int eol = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, eol).trim(), 16);
            if (size == 0) {
                return body.toString();
            }
            // the bodies are ASCII JSON, so characters and bytes agree
            body.append(chunked, eol + 2, eol + 2 + size);
            at = eol + 2 + size + 2;
        }
    }

    private Map<String, String> snapshot() {
        Map<String, String> all = new java.util.TreeMap<>(data.fingerprint());
        all.putAll(data.redisFingerprint());
        return all;
    }
}
