package dev.tiketi.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The load generator's HTTP: one shared client, JSON in and out, async for the open-loop runs. */
final class Http {
    static final JsonMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    final String base;
    final HttpClient client;

    Http(String base) {
        this.base = base;
        // HTTP/1.1 said outright: by default the client asks for an h2c upgrade that Tomcat declines; measured
        // here, the same 32 workers then got about 25 % fewer answers from the trivial endpoint
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(4, r -> {
                    Thread t = new Thread(r, "bench-http");
                    t.setDaemon(true);
                    return t;
                })).build();
    }

    record Res(int status, String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    HttpRequest request(String method, String path, Object body, String token, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        headers.forEach(b::header);
        if (body != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(
                    body instanceof String s ? s : JSON.writeValueAsString(body)));
        } else {
            b.method(method, method.equals("POST") ? HttpRequest.BodyPublishers.ofString("") : HttpRequest.BodyPublishers.noBody());
        }
        return b.build();
    }

    Res send(String method, String path, Object body, String token, Map<String, String> headers) {
        try {
            HttpResponse<String> r = client.send(request(method, path, body, token, headers), HttpResponse.BodyHandlers.ofString());
            return new Res(r.statusCode(), r.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the caller is being stopped: let it see that
            return new Res(0, e.toString());
        } catch (Exception e) {
            return new Res(0, e.toString());
        }
    }

    Res send(String method, String path, Object body, String token) {
        return send(method, path, body, token, Map.of());
    }

    CompletableFuture<Res> sendAsync(String method, String path, Object body, String token, Map<String, String> headers) {
        return client.sendAsync(request(method, path, body, token, headers), HttpResponse.BodyHandlers.ofString())
                .thenApply(r -> new Res(r.statusCode(), r.body()))
                .exceptionally(e -> new Res(0, e.toString()));
    }

    /** A call that must work (set-up); fails the run with the server's answer otherwise. */
    JsonNode ok(String method, String path, Object body, String token) {
        Res r = send(method, path, body, token);
        if (r.status() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + " -> " + r.status() + " " + r.body());
        }
        return r.body().isEmpty() ? null : r.json();
    }
}
