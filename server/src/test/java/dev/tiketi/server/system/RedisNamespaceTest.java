package dev.tiketi.server.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiketi.server.inventory.InventoryKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the deployment's Redis namespace is by default, what an operator may set, and what a channel is. */
class RedisNamespaceTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // the usual production URL: database and Redis database number
            "jdbc:postgresql://db.internal:5432/tiketi | tiketi | 5 | tiketi.5",
            // the tests' URL: the schema tells two deployments in one database apart
            "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=tiketi_it | postgres | 13 | test.tiketi_it.13",
            // other parameters around the schema are ignored
            "jdbc:postgresql://h/test?ssl=true&currentSchema=box_b&tcpKeepAlive=true | postgres | 0 | test.box_b.0",
            // no database in the URL: PostgreSQL connects to the user's, and the host never counts
            "jdbc:postgresql://other-host/ | boxoffice | 2 | boxoffice.2",
            // several hosts (failover) are one deployment
            "jdbc:postgresql://a:5432,b:5432/tiketi | u | 1 | tiketi.1",
            // the short form without a host
            "jdbc:postgresql:tiketi | u | 3 | tiketi.3",
            // a name Redis would read as a pattern or hash tag, and Korean, become safe characters
            "jdbc:postgresql://h/%ED%8B%B0%EC%BC%93*?currentSchema=%7Ba%7D | u | 4 | ___._a_.4",
    })
    void theDefaultComesFromTheDatabaseTheSchemaAndTheRedisDatabase(String url, String user, int redisDb, String expected) {
        assertThat(RedisNamespace.derived(url, user, redisDb).name()).isEqualTo(expected);
    }

    @Test
    void twoDeploymentsThatShareOnlyTheRedisServerGetDifferentDefaults() {
        assertThat(RedisNamespace.derived("jdbc:postgresql://h/tiketi", "u", 8).name())
                .isNotEqualTo(RedisNamespace.derived("jdbc:postgresql://h/tiketi", "u", 9).name());
        assertThat(RedisNamespace.derived("jdbc:postgresql://h/t?currentSchema=a", "u", 8).name())
                .isNotEqualTo(RedisNamespace.derived("jdbc:postgresql://h/t?currentSchema=b", "u", 8).name());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "box-office",        // letters and a dash
            "tiketi.prod:seoul", // dots and colons
            "B_2",               // digits and an underscore
    })
    void aConfiguredNamespaceIsUsedAsItIs(String name) {
        RedisNamespace ns = RedisNamespace.configured(name);
        assertThat(ns.key("sh:{e42}")).isEqualTo(name + ":sh:{e42}");
        assertThat(ns.local(name + ":sh:{e42}")).isEqualTo("sh:{e42}");
    }

    @ParameterizedTest
    @CsvSource(quoteCharacter = '"', value = {
            "tiketi*",   // a glob: the live pattern would hear other deployments
            "box?",      // a glob
            "box[12]",   // a glob class
            "box\\1",    // a glob escape
            "{e1}",      // a hash tag: every key would land in one cluster slot
            "box office",// a space
            "극장",       // not ASCII
            "\"\"",      // empty (a blank setting means the derived default; this is the name itself)
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", // 65 characters
    })
    void aNamespaceRedisWouldNotReadLiterallyIsRefusedNamingTheVariable(String name) {
        assertThatThrownBy(() -> RedisNamespace.configured(name))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("TIKETI_REDIS_NAMESPACE");
    }

    @Test
    void onlyThisDeploymentsLiveChannelsNameAnEvent() {
        RedisNamespace a = RedisNamespace.configured("a");
        RedisNamespace ab = RedisNamespace.configured("a:b");
        assertThat(InventoryKeys.livePattern(a)).isEqualTo("a:live:{e*}");
        assertThat(new InventoryKeys(a, 42).live()).isEqualTo("a:live:{e42}");
        assertThat(InventoryKeys.eventOfLiveChannel(a, "a:live:{e42}")).isEqualTo(42);
        assertThat(InventoryKeys.eventOfLiveChannel(a, "live:{e42}")).isEqualTo(-1);
        assertThat(InventoryKeys.eventOfLiveChannel(a, "b:live:{e42}")).isEqualTo(-1);
        assertThat(InventoryKeys.eventOfLiveChannel(a, new InventoryKeys(ab, 42).live())).isEqualTo(-1);
        assertThat(InventoryKeys.eventOfLiveChannel(a, "a:live:{e4x}")).isEqualTo(-1);
    }
}
