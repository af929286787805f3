package dev.tiketi.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiketi.model.catalog.EventDetail;
import dev.tiketi.server.support.Fixtures;
import dev.tiketi.server.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The admin side writes through JPA and reads back (and writes the GA units) through JdbcClient in the same
 * transaction (decision 0013). Both must use one connection and one transaction, and the JPA changes must be
 * flushed before the SQL runs: Hibernate does not flush for a query it does not issue itself.
 */
class JpaJdbcTransactionTest extends IntegrationTest {
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    EventAdminService admin;
    @Autowired
    EventRepository events;

    @Test
    void oneTransactionManagerServesJpaAndJdbc() {
        assertThat(transactions).isInstanceOf(JpaTransactionManager.class);
    }

    @Test
    void aGaEventsUnitsAreWrittenInSqlFromTiersJustSavedByJpaAndRolledBackWithThem() {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(status -> {
            EventDetail created = admin.create(Fixtures.ga("콘서트", 37));
            long tierId = created.tiers().get(0).id();
            // the detail was read in SQL: it sees the entity and its tier
            assertThat(created.name()).isEqualTo("콘서트");
            assertThat(created.tiers()).hasSize(1);
            assertThat(data.jdbc().sql("select count(*) from ga_unit where tier_id = ?").param(tierId).query(Long.class).single())
                    .isEqualTo(37);
            status.setRollbackOnly();
        });
        assertThat(data.count("event")).isZero();
        assertThat(data.count("event_tier")).isZero();
        assertThat(data.count("ga_unit")).isZero();
    }

    @Test
    void aJdbcReadSeesAJpaChangeOfTheSameTransactionOnlyOnceFlushed() {
        long id = new Fixtures(api, api.login("admin", PASSWORD)).event(Fixtures.ga("Show", 5));
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(status -> {
            EventEntity event = events.lock(id).orElseThrow();
            event.setState("CANCELLED");
            assertThat(state(id)).as("not flushed yet").isEqualTo("DRAFT");
            events.flush();
            assertThat(state(id)).as("flushed: same connection, same transaction").isEqualTo("CANCELLED");
            status.setRollbackOnly();
        });
        assertThat(state(id)).isEqualTo("DRAFT");
    }

    private String state(long id) {
        return data.jdbc().sql("select state from event where id = ?").param(id).query(String.class).single();
    }
}
