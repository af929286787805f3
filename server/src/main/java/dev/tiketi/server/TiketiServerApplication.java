package dev.tiketi.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class TiketiServerApplication {

    public static void main(String[] args) {
        SpringApplication.run(TiketiServerApplication.class, args);
    }
}
