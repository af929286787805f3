package dev.tiketi.server.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Background work: the hold sweeper. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfig {
}
