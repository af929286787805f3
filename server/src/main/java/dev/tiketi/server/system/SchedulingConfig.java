package dev.tiketi.server.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Background work: the hold sweeper, the queue admitter, live stock and presence pushes. Its own scheduler,
 * named {@code taskScheduler} so {@code @Scheduled} picks it over the STOMP broker's heart-beat scheduler:
 * a slow pass must not delay heart-beats, and the other way round.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfig {

    @Bean
    ThreadPoolTaskScheduler taskScheduler() {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler() {
            /*
             * Spring stops a scheduler by letting its running tasks finish, and a pass caught mid-command when
             * Redis went away (the embedded one stops on Ctrl-C too) would hold the whole close for a Redis
             * command timeout, a minute. Every pass is written to survive a crash at any point (the next pass,
             * here or on another instance, picks up), so it may as well be interrupted.
             */
            @Override
            protected void initiateEarlyShutdown() {
                getScheduledExecutor().shutdownNow();
            }
        };
        scheduler.setPoolSize(4);
        // a pass brought forward cancels its planned run; left in the queue, that run would still wake a thread
        scheduler.setRemoveOnCancelPolicy(true);
        scheduler.setThreadNamePrefix("tiketi-sched-");
        scheduler.setWaitForTasksToCompleteOnShutdown(false);
        return scheduler;
    }
}
