package vn.hoso.archive.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.IOUtils;
import vn.hoso.archive.access.Visibility;
import vn.hoso.archive.search.internal.DossierDocuments;
import vn.hoso.archive.search.internal.DossierSearch;
import vn.hoso.archive.search.internal.HitMatcher;
import vn.hoso.archive.search.internal.IndexSchema;
import vn.hoso.archive.search.internal.NameSuggestions;

/**
 * {@link SearchIndex} as a Lucene index in one folder on local disk, for a single service instance (Lucene locks the
 * folder; a second process opening it fails).
 *
 * <p>Every write commits before it returns and then refreshes the near-real-time searcher: an acknowledged write
 * survives a crash and is visible to the next search. That costs an fsync per write, which suits an archive where
 * dossiers arrive one scan batch at a time; a bulk reindex pays it per dossier. Reads go through a
 * {@link SearcherManager}, so searches never block writes and each search sees one consistent snapshot.
 */
final class LuceneSearchIndex implements SearchIndex {

    /** What indexing may hold in memory before it writes a segment; bounds the heap a reindex needs. */
    static final double RAM_BUFFER_MB = 64;

    /**
     * Threads one search may spread its segments over, besides the caller's: a search of a large archive is mostly
     * matching and scoring dossiers segment by segment, and on an otherwise idle service a second core halves it.
     */
    static final int SEARCH_THREADS = Math.min(2, Runtime.getRuntime().availableProcessors());

    private final Path folder;
    private final Analyzer analyzer = IndexSchema.analyzer();
    private final DossierSearch search = new DossierSearch(analyzer);
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ExecutorService searchThreads = Executors.newFixedThreadPool(
            SEARCH_THREADS, Thread.ofPlatform().name("search-", 1).daemon(true).factory());
    private final AtomicBoolean closed = new AtomicBoolean();

    /** Opens the index in {@code folder}, creating the folder and an empty index if needed. */
    LuceneSearchIndex(Path folder) {
        this.folder = Objects.requireNonNull(folder, "folder");
        Directory openedDirectory = null;
        IndexWriter openedWriter = null;
        try {
            openedDirectory = FSDirectory.open(Files.createDirectories(folder));
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(RAM_BUFFER_MB);
            openedWriter = new IndexWriter(openedDirectory, config);
            this.searchers = new SearcherManager(openedWriter, new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
                    return new IndexSearcher(reader, searchThreads);
                }
            });
        } catch (IOException | RuntimeException e) {
            searchThreads.shutdownNow();
            IOUtils.closeWhileHandlingException(openedWriter, openedDirectory, analyzer);
            throw new SearchIndexException("cannot open the search index at " + folder, e);
        }
        this.directory = openedDirectory;
        this.writer = openedWriter;
    }

    @Override
    public void upsert(IndexedDossier dossier) {
        Objects.requireNonNull(dossier, "dossier");
        try {
            writer.updateDocuments(IndexSchema.codeTerm(dossier.code()), DossierDocuments.of(dossier));
            commitAndRefresh();
        } catch (IOException e) {
            throw failure("cannot index dossier " + dossier.code(), e);
        }
    }

    /**
     * Writes through the index writer's RAM buffer ({@link #RAM_BUFFER_MB} MB, flushed to a segment when full), so
     * memory stays bounded however long the stream; one commit at the end.
     */
    @Override
    public long upsertAll(Stream<IndexedDossier> dossiers) {
        Objects.requireNonNull(dossiers, "dossiers");
        long[] written = {0};
        try {
            Iterator<IndexedDossier> each = dossiers.iterator();
            while (each.hasNext()) {
                IndexedDossier dossier = Objects.requireNonNull(each.next(), "dossier");
                writer.updateDocuments(IndexSchema.codeTerm(dossier.code()), DossierDocuments.of(dossier));
                written[0]++;
            }
            commitAndRefresh();
        } catch (IOException e) {
            throw failure("cannot index a batch of dossiers after " + written[0], e);
        }
        return written[0];
    }

    @Override
    public void delete(String code) {
        Objects.requireNonNull(code, "code");
        try {
            writer.deleteDocuments(IndexSchema.codeTerm(code));
            commitAndRefresh();
        } catch (IOException e) {
            throw failure("cannot remove dossier " + code + " from the index", e);
        }
    }

    @Override
    public SearchResult search(SearchQuery query) {
        Objects.requireNonNull(query, "query");
        return read("search failed", searcher -> search.run(searcher, query));
    }

    /** Holds one searcher for the whole walk, so a long export keeps its snapshot's files open until it ends. */
    @Override
    public long forEachHit(SearchQuery query, long limit, Consumer<SearchHit> each) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(each, "each");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        return read("listing hits failed", searcher -> search.forEach(searcher, query, limit, each));
    }

    /** A read against one consistent snapshot. */
    private <T> T read(String what, Reading<T> reading) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return reading.from(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw failure(what, e);
        }
    }

    private interface Reading<T> {
        T from(IndexSearcher searcher) throws IOException;
    }

    @Override
    public List<NameSuggestion> suggest(String prefix, Visibility visibility, int limit) {
        Objects.requireNonNull(visibility, "visibility: suggestions need the caller's clearance and jurisdiction");
        if (limit < 1 || limit > MAX_SUGGESTIONS) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_SUGGESTIONS + ", got " + limit);
        }
        if (prefix == null || prefix.isBlank()) {
            return List.of();
        }
        return read("suggestions failed", searcher -> NameSuggestions.suggest(searcher, prefix, visibility, limit));
    }

    @Override
    public List<PageWord> matchingWords(String code, SearchQuery query, List<PageWord> pageWords) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(pageWords, "pageWords");
        return read(
                "matching page words failed",
                searcher -> HitMatcher.matchingWords(searcher, code, query, List.copyOf(pageWords)));
    }

    @Override
    public Map<String, Long> indexedVersions() {
        return read("cannot read indexed versions", searcher -> {
            Map<String, Long> versions = new HashMap<>();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                collectVersions(leaf, versions);
            }
            return Map.copyOf(versions);
        });
    }

    /**
     * Only dossier documents carry a version, so iterating the version values visits each dossier once. A dossier
     * written under an older {@link IndexSchema#GENERATION} reports version -1, which no manifest has.
     */
    private static void collectVersions(LeafReaderContext leaf, Map<String, Long> versions) throws IOException {
        NumericDocValues version = leaf.reader().getNumericDocValues(IndexSchema.VERSION);
        SortedDocValues code = leaf.reader().getSortedDocValues(IndexSchema.CODE);
        NumericDocValues schema = leaf.reader().getNumericDocValues(IndexSchema.SCHEMA);
        if (version == null || code == null) {
            return;
        }
        Bits live = leaf.reader().getLiveDocs();
        for (int doc = version.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = version.nextDoc()) {
            if ((live == null || live.get(doc)) && code.advanceExact(doc)) {
                boolean current =
                        schema != null && schema.advanceExact(doc) && schema.longValue() == IndexSchema.GENERATION;
                versions.put(code.lookupOrd(code.ordValue()).utf8ToString(), current ? version.longValue() : -1L);
            }
        }
    }

    @Override
    public void clear() {
        try {
            writer.deleteAll();
            commitAndRefresh();
        } catch (IOException e) {
            throw failure("cannot clear the index", e);
        }
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        searchThreads.shutdown();
        try {
            IOUtils.close(searchers, writer, directory, analyzer);
        } catch (IOException e) {
            throw failure("cannot close the index cleanly", e);
        }
    }

    private void commitAndRefresh() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    private SearchIndexException failure(String message, IOException cause) {
        return new SearchIndexException(message + " (index at " + folder + ")", cause);
    }
}
