package dev.tiketi.server.demo;

import dev.tiketi.server.auth.AccountBootstrap;
import dev.tiketi.server.system.RuntimeMode;
import dev.tiketi.server.system.TiketiProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs once the schema is migrated and before the server reports ready: the first admin, and on the
 * first start with demo data on, the demo accounts and catalog. A failure here stops the start-up.
 */
@Component
class StartupTasks implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(StartupTasks.class);
    private static final String DEMO_MARKER = "demo_seeded";

    private final TiketiProperties props;
    private final AccountBootstrap accounts;
    private final DemoCatalog demo;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final String demoPassword;

    StartupTasks(TiketiProperties props, AccountBootstrap accounts, DemoCatalog demo, JdbcClient jdbc,
                 TransactionTemplate tx, @Value("${tiketi.demo-password:}") String demoPassword) {
        this.props = props;
        this.accounts = accounts;
        this.demo = demo;
        this.jdbc = jdbc;
        this.tx = tx;
        this.demoPassword = demoPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        accounts.validateAdminSettings();
        accounts.ensureConfiguredAdmin();
        if (props.demoEnabled()) {
            seedDemoOnce();
        }
        if (props.mode() == RuntimeMode.PRODUCTION && !accounts.hasEnabledAdmin()) {
            log.warn("No admin account exists: set TIKETI_ADMIN_USER and TIKETI_ADMIN_PASSWORD and restart.");
        }
    }

    private void seedDemoOnce() {
        if (demoPassword.isBlank()) {
            throw new IllegalStateException("Demo data is on but tiketi.demo-password is empty.");
        }
        tx.executeWithoutResult(status -> {
            // The marker row's primary key makes a second instance starting at the same moment wait, then skip.
            int claimed = jdbc.sql("insert into app_setting (key, value) values (?, 'true') on conflict do nothing")
                    .param(DEMO_MARKER).update();
            if (claimed == 0) {
                return;
            }
            accounts.ensureDemoAccounts(demoPassword);
            long busy = demo.create();
            jdbc.sql("insert into app_setting (key, value) values (?, ?)").params(DemoCrowd.EVENT_SETTING, Long.toString(busy)).update();
            log.info("demo data created: accounts admin, clerk, kiosk, customer (see README for the password)");
        });
    }
}
