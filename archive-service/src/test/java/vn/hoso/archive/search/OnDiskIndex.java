package vn.hoso.archive.search;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A fresh Lucene index in its own folder for every test, closed after it; subclasses seed it in their own setup. */
abstract class OnDiskIndex {

    @TempDir
    Path folder;

    LuceneSearchIndex index;

    @BeforeEach
    void openIndex() {
        index = new LuceneSearchIndex(folder.resolve("index"));
    }

    @AfterEach
    void closeIndex() {
        index.close();
    }
}
