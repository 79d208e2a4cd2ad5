package vn.hoso.ingest.pipeline.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.hoso.ingest.ocr.OcrEngine;

/**
 * A fixed set of OCR engines, each lent to one thread at a time: native engines are not thread-safe and
 * cost a model load each, so they are made once and reused. Borrowers block while all are lent.
 */
public final class EnginePool implements AutoCloseable {

    private static final long CLOSED_CHECK_MILLIS = 200;

    private final BlockingQueue<OcrEngine> idle;
    private boolean closed;

    /** Creates all engines now, so a missing language model fails the caller's start-up, not a page. */
    public EnginePool(int size, Supplier<OcrEngine> factory) {
        if (size < 1) {
            throw new IllegalArgumentException("workers must be at least 1, was " + size);
        }
        List<OcrEngine> engines = new ArrayList<>(size);
        try {
            for (int i = 0; i < size; i++) {
                engines.add(factory.get());
            }
        } catch (RuntimeException e) {
            engines.forEach(OcrEngine::close);
            throw e;
        }
        idle = new LinkedBlockingQueue<>(engines);
    }

    /**
     * Runs {@code work} with an engine of its own, waiting for one to be free.
     *
     * @throws IllegalStateException when the pool is closed, or the thread is interrupted while waiting
     */
    public <T> T withEngine(Function<OcrEngine, T> work) {
        OcrEngine engine = borrow();
        try {
            return work.apply(engine);
        } finally {
            giveBack(engine);
        }
    }

    private OcrEngine borrow() {
        try {
            while (true) {
                synchronized (this) {
                    if (closed) {
                        throw new IllegalStateException("the ingest pipeline is closed");
                    }
                }
                OcrEngine engine = idle.poll(CLOSED_CHECK_MILLIS, TimeUnit.MILLISECONDS);
                if (engine != null) {
                    return engine;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for an OCR engine", e);
        }
    }

    private synchronized void giveBack(OcrEngine engine) {
        if (closed) {
            engine.close();
        } else {
            idle.add(engine);
        }
    }

    /** Closes the idle engines now and each lent one when it comes back. */
    @Override
    public synchronized void close() {
        closed = true;
        List<OcrEngine> engines = new ArrayList<>();
        idle.drainTo(engines);
        engines.forEach(OcrEngine::close);
    }
}
