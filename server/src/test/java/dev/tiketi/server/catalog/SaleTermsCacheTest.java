package dev.tiketi.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiketi.model.catalog.EventStatus;
import dev.tiketi.server.support.Fixtures;
import dev.tiketi.server.support.IntegrationTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The cached terms derive an event's status in Java ({@link EventQueries#statusAt}); decision 0003 wants one
 * rule, so the Java copy is held to the SQL one on every state against every edge of the sale window.
 */
class SaleTermsCacheTest extends IntegrationTest {

    @Autowired
    SaleTermsCache cache;
    @Autowired
    StringRedisTemplate redis;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    ApplicationEventPublisher publisher;

    @Test
    void aChangeWhoseNoticeWasLostIsStillSeenByTheNextReadThroughTheVersion() {
        String admin = api.login("admin", PASSWORD);
        Fixtures fixtures = new Fixtures(api, admin);
        long event = fixtures.publishedEvent(Fixtures.onSale("Show", fixtures.venue(Fixtures.smallVenue("Hall"))));
        assertThat(cache.visible(event, false).status()).isEqualTo(EventStatus.ON_SALE);
        assertThat(cache.visible(event, false).status()).as("cached").isEqualTo(EventStatus.ON_SALE);

        // as an admin change would, but with no CatalogChanged and so no live notice: only the version moves
        data.jdbc().sql("update event set state = 'CANCELLED' where id = ?").param(event).update();
        assertThat(cache.visible(event, false).status()).as("the version still matches: the copy is used")
                .isEqualTo(EventStatus.ON_SALE);
        redis.opsForValue().set(data.redisKey("terms:{e" + event + "}"), "another version");
        assertThat(cache.visible(event, false).status()).isEqualTo(EventStatus.CANCELLED);

        // Redis lost its data: no version matches a missing key
        data.jdbc().sql("update event set state = 'PUBLISHED' where id = ?").param(event).update();
        redis.delete(data.redisKey("terms:{e" + event + "}"));
        assertThat(cache.visible(event, false).status()).isEqualTo(EventStatus.ON_SALE);
    }

    @Test
    void aReadInsideAnAdminChangeThatRollsBackLeavesNoCopyOfRowsThatNeverCommitted() {
        String admin = api.login("admin", PASSWORD);
        Fixtures fixtures = new Fixtures(api, admin);
        long event = fixtures.publishedEvent(Fixtures.onSale("공연", fixtures.venue(Fixtures.smallVenue("홀"))));
        assertThat(cache.visible(event, false).status()).isEqualTo(EventStatus.ON_SALE);

        // as an admin change does: the version moves inside the transaction; then something in the same
        // transaction reads the terms through the cache (it sees the uncommitted row), and the change fails
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            data.jdbc().sql("update event set state = 'CANCELLED' where id = ?").param(event).update();
            publisher.publishEvent(new CatalogChanged(List.of(event)));
            assertThat(cache.visible(event, false).status()).as("inside: uncommitted").isEqualTo(EventStatus.CANCELLED);
            tx.setRollbackOnly();
        });

        assertThat(cache.visible(event, false).status()).as("the change never happened").isEqualTo(EventStatus.ON_SALE);
    }

    @Test
    void theJavaStatusRuleAgreesWithTheSqlOneAtEveryEdgeOfTheSaleWindow() {
        Instant opens = Instant.parse("2026-12-24T10:00:00Z");
        Instant closes = Instant.parse("2026-12-25T10:00:00Z");
        List<Instant> moments = List.of(opens.minusMillis(1), opens, opens.plusMillis(1), closes.minusMillis(1), closes,
                closes.plusMillis(1), Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2030-01-01T00:00:00Z"));
        List<String> compared = new ArrayList<>();
        for (String state : Arrays.asList("DRAFT", "PUBLISHED", "CLOSED", "CANCELLED")) {
            for (Instant now : moments) {
                String sql = data.jdbc().sql("select " + EventQueries.STATUS_SQL + " from (values (:state, "
                                + "cast(:opens as timestamptz), cast(:closes as timestamptz))) as e(state, sale_opens_at, sale_closes_at)")
                        .param("state", state).param("opens", Timestamp.from(opens)).param("closes", Timestamp.from(closes))
                        .param("now", Timestamp.from(now)).query(String.class).single();
                EventStatus java = EventQueries.statusAt(state, opens, closes, now);
                assertThat(java.name()).as(state + " at " + now).isEqualTo(sql);
                compared.add(sql);
            }
        }
        assertThat(compared).hasSize(32).contains("UPCOMING", "ON_SALE", "CLOSED", "DRAFT", "CANCELLED");
    }
}
