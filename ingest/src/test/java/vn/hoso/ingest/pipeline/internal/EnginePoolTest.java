package vn.hoso.ingest.pipeline.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.hoso.ingest.ocr.OcrEngine;
import vn.hoso.ingest.ocr.OcrResult;

class EnginePoolTest {

    /** Stands in for Tesseract where only lending matters: counts closes, reads nothing. */
    private static final class CountingEngine implements OcrEngine {
        final AtomicInteger closes = new AtomicInteger();

        @Override
        public OcrResult recognize(BufferedImage image) {
            return new OcrResult("", List.of(), 0);
        }

        @Override
        public void close() {
            closes.incrementAndGet();
        }
    }

    @Test
    void secondBorrowerWaitsUntilTheOnlyEngineIsReturned() throws Exception {
        EnginePool pool = new EnginePool(1, CountingEngine::new);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> pool.withEngine(engine -> {
            holding.countDown();
            await(release);
            return null;
        }));
        assertThat(holding.await(5, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> pool.withEngine(engine -> "done"));

        Thread.sleep(300);
        assertThat(second).isNotDone();
        release.countDown();
        assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo("done");
        first.get(5, TimeUnit.SECONDS);
        pool.close();
    }

    @Test
    void engineLentWhenThePoolClosesIsClosedOnItsReturn() throws Exception {
        CountingEngine engine = new CountingEngine();
        EnginePool pool = new EnginePool(1, () -> engine);

        pool.withEngine(lent -> {
            pool.close();
            assertThat(engine.closes).hasValue(0);
            return null;
        });

        assertThat(engine.closes).hasValue(1);
        assertThatThrownBy(() -> pool.withEngine(lent -> null)).hasMessageContaining("closed");
    }

    @Test
    void failureCreatingAnEngineClosesTheOnesAlreadyMade() {
        List<CountingEngine> made = new ArrayList<>();

        assertThatThrownBy(() -> new EnginePool(3, () -> {
                    if (made.size() == 2) {
                        throw new IllegalStateException("model missing");
                    }
                    CountingEngine engine = new CountingEngine();
                    made.add(engine);
                    return engine;
                }))
                .hasMessage("model missing");

        assertThat(made).allSatisfy(engine -> assertThat(engine.closes).hasValue(1));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
