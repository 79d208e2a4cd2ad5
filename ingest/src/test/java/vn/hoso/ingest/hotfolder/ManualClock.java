package vn.hoso.ingest.hotfolder;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/** Time that passes only when a test says so, so settle times cost no waiting. */
final class ManualClock implements InstantSource {

    private Instant now = Instant.parse("2025-07-27T08:00:00Z");

    @Override
    public synchronized Instant instant() {
        return now;
    }

    synchronized void advance(Duration duration) {
        now = now.plus(duration);
    }
}
