package vn.hoso.ingest.bench.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import vn.hoso.ingest.bench.Reader;

/**
 * A reader that takes its turn on a round of pages, {@code threads} pages at a time, and stays ready
 * between rounds (engines loaded, worker threads alive).
 */
public sealed interface RoundReader extends AutoCloseable permits PipelineReader, ExternalReader {

    Reader reader();

    /** What runs, with the program's version, as someone would type it. */
    String command();

    /** Threads that read pages, as many as the benchmark's thread count. */
    ExecutorService workers();

    PageReading readOne(BenchPage page) throws IOException, InterruptedException;

    /**
     * Reads every page of the round, {@link #workers()} at a time, and returns when all are done.
     *
     * @param done told of each page as it finishes, from the worker threads
     * @return the readings in the order of {@code round}
     */
    default List<PageReading> read(List<BenchPage> round, Consumer<PageReading> done)
            throws IOException, InterruptedException {
        List<Future<PageReading>> readings = new ArrayList<>();
        for (BenchPage page : round) {
            readings.add(workers().submit(() -> {
                PageReading reading = readOne(page);
                done.accept(reading);
                return reading;
            }));
        }
        List<PageReading> finished = new ArrayList<>();
        try {
            for (Future<PageReading> reading : readings) {
                finished.add(reading.get());
            }
        } catch (ExecutionException e) {
            throw new IOException(reader().label() + " failed on a page", e.getCause());
        }
        return finished;
    }

    /** Stops the workers and frees engines; never throws. */
    @Override
    void close();
}
