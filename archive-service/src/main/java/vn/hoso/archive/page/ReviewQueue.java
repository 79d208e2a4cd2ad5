package vn.hoso.archive.page;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.hoso.archive.access.AccessLabel;
import vn.hoso.archive.access.Caller;
import vn.hoso.archive.access.Confidentiality;
import vn.hoso.archive.dossier.Dossier;
import vn.hoso.archive.dossier.DossierChanged;
import vn.hoso.archive.dossier.DossierStatus;
import vn.hoso.archive.dossier.DossierView.PageView;
import vn.hoso.archive.dossier.Dossiers;
import vn.hoso.archive.dossier.PageStatus;

/**
 * The pages that wait for a clerk across the archive: those needing review and those quarantined. Kept in memory and
 * following every manifest write (like the index), built from storage at start-up, so a listing never walks the
 * archive. Only flagged pages are held. A listing shows only dossiers the caller may see (clearance and
 * jurisdiction, the same policy as the index), so the queue never reveals one they may not.
 */
@Component
class ReviewQueue {

    /** One waiting page with enough of its dossier to find and judge it. */
    record Item(
            String code,
            String title,
            String fullName,
            Confidentiality confidentiality,
            String confidentialityName,
            DossierStatus dossierStatus,
            int position,
            PageView page) {}

    static final Set<PageStatus> WAITING = Set.of(PageStatus.NEEDS_REVIEW, PageStatus.QUARANTINED);

    private final Dossiers dossiers;
    private final Map<String, List<Item>> byDossier = new ConcurrentHashMap<>();
    private final Map<String, AccessLabel> labels = new ConcurrentHashMap<>();

    ReviewQueue(Dossiers dossiers) {
        this.dossiers = dossiers;
    }

    @EventListener
    void onChange(DossierChanged change) {
        dossiers.find(change.code().value()).ifPresentOrElse(this::hold, () -> {
            byDossier.remove(change.code().value());
            labels.remove(change.code().value());
        });
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        try (var codes = dossiers.codes()) {
            codes.forEach(code -> dossiers.find(code.value()).ifPresent(this::hold));
        }
    }

    /** The waiting pages in {@code statuses} of the dossiers the caller may see, by dossier code and page order. */
    List<Item> list(Set<PageStatus> statuses, Caller caller) {
        return byDossier.values().stream()
                .flatMap(List::stream)
                .filter(item -> visible(item, caller))
                .filter(item -> statuses.contains(item.page().status()))
                .sorted(Comparator.comparing(Item::code).thenComparingInt(Item::position))
                .toList();
    }

    private boolean visible(Item item, Caller caller) {
        AccessLabel label = labels.get(item.code());
        return label != null && caller.visibility().admits(label);
    }

    private void hold(Dossier dossier) {
        List<Item> waiting = IntStream.range(0, dossier.pages().size())
                .filter(index -> WAITING.contains(dossier.pages().get(index).status()))
                .mapToObj(index -> new Item(
                        dossier.code().value(),
                        dossier.title(),
                        dossier.subject().fullName(),
                        dossier.confidentiality(),
                        dossier.confidentiality().displayName(),
                        dossier.status(),
                        index + 1,
                        PageView.of(dossier.pages().get(index))))
                .toList();
        if (waiting.isEmpty()) {
            byDossier.remove(dossier.code().value());
            labels.remove(dossier.code().value());
        } else {
            labels.put(dossier.code().value(), dossier.accessLabel());
            byDossier.put(dossier.code().value(), waiting);
        }
    }
}
