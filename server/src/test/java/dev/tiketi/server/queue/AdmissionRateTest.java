package dev.tiketi.server.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AdmissionRateTest {
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void noAdmissionsMeansNoRateAndNoEta() {
        assertThat(AdmissionRate.perMinute(0, null, NOW, 600)).isNull();
        assertThat(AdmissionRate.etaSeconds(10, null, 600)).isNull();
    }

    @Test
    void theRateIsWhatWasAdmittedOverTheSpanSinceTheOldestAdmission() {
        assertThat(AdmissionRate.perMinute(60, NOW.minusSeconds(120), NOW, 600)).isEqualTo(30.0);
        assertThat(AdmissionRate.perMinute(45, NOW.minusSeconds(90), NOW, 600)).isEqualTo(30.0);
    }

    @Test
    void aBurstIsSpreadOverAtLeastTenSeconds() {
        assertThat(AdmissionRate.perMinute(5, NOW.minusMillis(100), NOW, 600)).isEqualTo(30.0);
    }

    @Test
    void theMeasuredRateNeverReadsAboveTheCap() {
        assertThat(AdmissionRate.perMinute(1, NOW.minusSeconds(2), NOW, 1)).isEqualTo(1.0);
        assertThat(AdmissionRate.perMinute(3, NOW.minusSeconds(5), NOW, 10)).isEqualTo(10.0);
        assertThat(AdmissionRate.perMinute(3, NOW.minusSeconds(60), NOW, 10)).isEqualTo(3.0);
    }

    @Test
    void theEtaUsesTheSlowerOfMeasuredRateAndCap() {
        assertThat(AdmissionRate.etaSeconds(10, 30.0, 600)).isEqualTo(20);
        assertThat(AdmissionRate.etaSeconds(10, 30.0, 10)).isEqualTo(60);
        assertThat(AdmissionRate.etaSeconds(1, 7.0, 600)).as("rounded up").isEqualTo(9);
    }
}
