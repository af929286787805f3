package dev.tiketi.server.system;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/** One line an operator (and the launcher script) can wait for: where the server listens and in which mode. */
@Component
class StartupReport implements ApplicationListener<ApplicationReadyEvent> {
    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private final TiketiProperties props;

    StartupReport(TiketiProperties props) {
        this.props = props;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port", "?");
        Duration took = event.getTimeTaken();
        log.info("Tiketi server ready at http://localhost:{} ({} mode{}) in {} ms", port, props.mode(),
                props.mode() == RuntimeMode.EMBEDDED ? ", data in " + props.data().dirOrDefault() : "",
                took == null ? "?" : took.toMillis());
    }
}
