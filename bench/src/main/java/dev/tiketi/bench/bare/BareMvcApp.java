package dev.tiketi.bench.bare;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Spring MVC on Tomcat and nothing else: no security, no actuator or observations, none of the server's
 * filters. It answers the server's trivial authenticated path with the same body, so the benchmark can say what
 * the framework itself costs per request on this machine, next to what the server's request costs.
 * {@code java -cp tiketi-bench.jar dev.tiketi.bench.bare.BareMvcApp --server.port=N}
 */
@SpringBootApplication
@RestController
public class BareMvcApp {
    private static final Map<String, Boolean> OK = Map.of("ok", true);

    public static void main(String[] args) {
        SpringApplication.run(BareMvcApp.class, args);
    }

    @GetMapping(dev.tiketi.model.ApiPaths.PING)
    Map<String, Boolean> ping() {
        return OK;
    }
}
