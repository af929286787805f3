package dev.tiketi.server.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A tiny HTTP client for the tests: real requests over loopback, JSON in and out. */
public final class Api {
    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;

    public Api(String base) {
        this.base = base;
    }

    public record Res(int status, JsonNode body, String raw, java.net.http.HttpHeaders headers) {
        public String code() {
            return body != null && body.has("code") ? body.get("code").asString() : null;
        }

        /** The body read as one of the shared-model records. */
        public <T> T as(Class<T> type) {
            return JSON.readValue(raw, type);
        }

        @Override
        public String toString() {
            return status + " " + raw;
        }
    }

    public Res get(String path, String token) {
        return send("GET", path, null, "application/json", token, Map.of());
    }

    public Res post(String path, Object body, String token) {
        return send("POST", path, body == null ? null : JSON.writeValueAsString(body), "application/json", token, Map.of());
    }

    public Res put(String path, Object body, String token) {
        return send("PUT", path, JSON.writeValueAsString(body), "application/json", token, Map.of());
    }

    public Res patch(String path, Object body, String token) {
        return send("PATCH", path, JSON.writeValueAsString(body), "application/json", token, Map.of());
    }

    public Res delete(String path, String token) {
        return send("DELETE", path, null, "application/json", token, Map.of());
    }

    public Res send(String method, String path, String body, String contentType, String token, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null && contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (headers.keySet().stream().noneMatch("Accept"::equalsIgnoreCase)) {
            b.header("Accept", "application/json, application/problem+json");
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        headers.forEach(b::header);
        try {
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = null;
            if (r.body() != null && !r.body().isBlank()) {
                try {
                    json = JSON.readTree(r.body());
                } catch (RuntimeException notJson) {
                    json = null;
                }
            }
            return new Res(r.statusCode(), json, r.body(), r.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A binary answer (e.g. a PDF); fails unless 200. */
    public byte[] bytes(String path, String token) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).GET().build();
        try {
            HttpResponse<byte[]> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + r.statusCode());
            }
            return r.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String login(String username, String password) {
        Res r = post("/api/auth/login", Map.of("username", username, "password", password), null);
        if (r.status() != 200) {
            throw new IllegalStateException("login of " + username + " failed: " + r);
        }
        return r.body().get("token").asString();
    }
}
