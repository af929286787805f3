package dev.tiketi.server.queue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueueProjectionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "null", value = {
            // nobody waits: no wait, drained at once
            "empty line,                        0, 10, 10, 10, 60, 30.0,  0.0, 30.0, true,    0,    0",
            // 60 waiting, measured 30/min, same settings: two minutes; arrivals 10/min: 60 / 20 = three minutes
            "measured rate,                    60, 10, 10, 10, 60, 30.0, 10.0, 30.0, true,  120,  180",
            // doubling the threshold doubles how fast slots turn over (capped by the rate): 60/min
            "higher threshold,                 60, 10, 10, 20, 60, 30.0,  0.0, 60.0, true,   60,   60",
            // ... and the 10 new slots fill at the cap first: 10 at 600/min (1 s), then 50 at 60/min (50 s)
            "higher threshold and cap,         60, 10, 10, 20, 600, 30.0, 0.0, 60.0, true,   51,   51",
            // a lower cap is the bound
            "the cap bounds the measured rate, 60, 10, 10, 10, 15, 30.0,  0.0, 15.0, true,  240,  240",
            // nothing measured yet: the cap itself
            "no measured rate,                 30, 10, 10, 10, 60, null,  0.0, 60.0, false,  30,   30",
            // shoppers arrive as fast as they are let in: the line never drains
            "arrivals keep up,                 60, 10, 10, 10, 60, 30.0, 30.0, 30.0, true,  120, null"})
    void projects(String name, long waiting, long admitted, int currentThreshold, int threshold, int cap, Double measured,
                  double arrivals, double steady, boolean isMeasured, long lastWait, Long drain) {
        QueueProjection.Result r = QueueProjection.project(waiting, admitted, currentThreshold, threshold, cap, measured, arrivals);
        assertThat(r.steadyPerMinute()).isEqualTo(steady);
        assertThat(r.measured()).isEqualTo(isMeasured);
        assertThat(r.lastInLineWaitSeconds()).isEqualTo(lastWait);
        assertThat(r.drainSeconds()).isEqualTo(drain);
    }
}
