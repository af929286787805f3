package dev.tiketi.server.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RedisUrlTest {

    @Test
    void readsHostPortDatabaseAndCredentials() {
        RedisUrl url = new RedisUrl("redis://app:p%40ss@cache.internal:6380/3");
        assertThat(url.getStandalone().getHost()).isEqualTo("cache.internal");
        assertThat(url.getStandalone().getPort()).isEqualTo(6380);
        assertThat(url.getStandalone().getDatabase()).isEqualTo(3);
        assertThat(url.getUsername()).isEqualTo("app");
        assertThat(url.getPassword()).isEqualTo("p@ss");
        assertThat(url.toString()).doesNotContain("p@ss");
    }

    @Test
    void defaultsToPort6379DatabaseZeroAndPasswordOnly() {
        RedisUrl url = new RedisUrl("redis://:secret@127.0.0.1");
        assertThat(url.getStandalone().getPort()).isEqualTo(6379);
        assertThat(url.getStandalone().getDatabase()).isZero();
        assertThat(url.getUsername()).isNull();
        assertThat(url.getPassword()).isEqualTo("secret");
    }

    @Test
    void refusesOtherSchemes() {
        assertThatThrownBy(() -> new RedisUrl("http://127.0.0.1:6379")).hasMessageContaining("TIKETI_REDIS_URL");
    }
}
