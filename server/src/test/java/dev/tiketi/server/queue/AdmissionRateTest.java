package dev.tiketi.server.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AdmissionRateTest {
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void noAdmissionsMeansNoRateAndNoEta() {
        assertThat(AdmissionRate.perMinute(0, null, NOW)).isNull();
        assertThat(AdmissionRate.etaSeconds(10, null, 600)).isNull();
    }

    @Test
    void theRateIsWhatWasAdmittedOverTheSpanSinceTheOldestAdmission() {
        assertThat(AdmissionRate.perMinute(60, NOW.minusSeconds(120), NOW)).isEqualTo(30.0);
        assertThat(AdmissionRate.perMinute(45, NOW.minusSeconds(90), NOW)).isEqualTo(30.0);
    }

    @Test
    void aBurstIsSpreadOverAtLeastTenSeconds() {
        assertThat(AdmissionRate.perMinute(5, NOW.minusMillis(100), NOW)).isEqualTo(30.0);
    }

    @Test
    void theEtaUsesTheSlowerOfMeasuredRateAndCap() {
        assertThat(AdmissionRate.etaSeconds(10, 30.0, 600)).isEqualTo(20);
        assertThat(AdmissionRate.etaSeconds(10, 30.0, 10)).isEqualTo(60);
        assertThat(AdmissionRate.etaSeconds(1, 7.0, 600)).as("rounded up").isEqualTo(9);
    }
}
