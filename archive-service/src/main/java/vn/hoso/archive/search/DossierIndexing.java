package vn.hoso.archive.search;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.hoso.archive.dossier.Decision;
import vn.hoso.archive.dossier.DocumentEntry;
import vn.hoso.archive.dossier.Dossier;
import vn.hoso.archive.dossier.DossierChanged;
import vn.hoso.archive.dossier.DossierCode;
import vn.hoso.archive.dossier.Dossiers;
import vn.hoso.archive.dossier.Place;
import vn.hoso.archive.dossier.Subject;
import vn.hoso.archive.page.PageTexts;

/**
 * Keeps the index a function of storage. Every manifest write is followed into the index; at start-up a reconcile
 * pass re-indexes every dossier whose indexed version differs from its manifest and drops what storage no longer
 * has; {@link #rebuild()} throws the index away and builds it from storage alone. Index failures propagate.
 */
@Component
public class DossierIndexing {

    private static final Logger log = LoggerFactory.getLogger(DossierIndexing.class);

    /** What a rebuild or reconcile pass did. */
    public record Report(long indexed, long removed, long millis) {}

    private final SearchIndex index;
    private final Dossiers dossiers;
    private final PageTexts texts;

    DossierIndexing(SearchIndex index, Dossiers dossiers, PageTexts texts) {
        this.index = index;
        this.dossiers = dossiers;
        this.texts = texts;
    }

    @EventListener
    void onChange(DossierChanged change) {
        dossiers.find(change.code().value()).ifPresent(this::index);
    }

    /** Runs before recognition resumes, so searches are right as soon as the service answers. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    public Report reconcile() {
        long start = System.nanoTime();
        Map<String, Long> indexed = index.indexedVersions();
        Set<String> inStorage = new HashSet<>();
        AtomicLong updated = new AtomicLong();
        try (var codes = dossiers.codes()) {
            codes.forEach(code -> {
                inStorage.add(code.value());
                dossiers.find(code.value()).ifPresent(dossier -> {
                    if (!Long.valueOf(dossier.version()).equals(indexed.get(code.value()))) {
                        index(dossier);
                        updated.incrementAndGet();
                    }
                });
            });
        }
        long removed = indexed.keySet().stream()
                .filter(code -> !inStorage.contains(code))
                .peek(index::delete)
                .count();
        Report report = new Report(updated.get(), removed, (System.nanoTime() - start) / 1_000_000);
        log.info(
                "index reconciled with storage: {} re-indexed, {} removed, {} ms",
                report.indexed(),
                report.removed(),
                report.millis());
        return report;
    }

    /** Rebuilds the whole index from storage, one dossier at a time (memory does not grow with the archive). */
    public Report rebuild() {
        long start = System.nanoTime();
        index.clear();
        long count;
        try (var codes = dossiers.codes()) {
            count = index.upsertAll(codes.map(code -> dossiers.find(code.value()))
                    .flatMap(Optional::stream)
                    .map(this::indexed));
        }
        Report report = new Report(count, 0, (System.nanoTime() - start) / 1_000_000);
        log.info("index rebuilt from storage: {} dossiers in {} ms", report.indexed(), report.millis());
        return report;
    }

    private void index(Dossier dossier) {
        index.upsert(indexed(dossier));
    }

    private IndexedDossier indexed(Dossier dossier) {
        DossierCode code = dossier.code();
        Subject person = dossier.subject();
        Place place = person.hometownPlace();
        List<IndexedPage> pages = dossier.pages().stream()
                .filter(page -> page.status().hasText())
                .flatMap(page -> texts.text(code, page.seq()).map(text -> new IndexedPage(page.seq(), text)).stream())
                .toList();
        List<String> numbers = Stream.concat(
                        dossier.decisions().stream().map(Decision::number),
                        dossier.documents().stream().map(DocumentEntry::number))
                .filter(Objects::nonNull)
                .toList();
        List<LocalDate> dates = Stream.concat(
                        dossier.decisions().stream().map(Decision::date),
                        dossier.documents().stream().map(DocumentEntry::date))
                .filter(Objects::nonNull)
                .toList();
        return IndexedDossier.builder(code.value(), dossier.confidentiality())
                .title(dossier.title())
                .category(dossier.category().name(), dossier.category().displayName())
                .status(dossier.status().name(), dossier.status().displayName())
                .fullName(person.fullName())
                .otherNames(person.otherNames())
                .gender(person.gender() == null ? null : person.gender().displayName())
                .birthYear(person.birthYear())
                .citizenId(person.citizenId())
                .oldId(person.oldId())
                .hometown(person.hometown(), place.province(), place.district(), place.commune())
                .decisionNumbers(numbers)
                .documentTypes(dossier.documents().stream()
                        .map(DocumentEntry::type)
                        .filter(Objects::nonNull)
                        .toList())
                .dates(dates)
                .version(dossier.version())
                .pages(pages)
                .pageCount(dossier.pages().size())
                .build();
    }
}
