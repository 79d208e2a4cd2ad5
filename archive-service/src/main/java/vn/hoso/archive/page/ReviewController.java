package vn.hoso.archive.page;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hoso.archive.access.Caller;
import vn.hoso.archive.dossier.InvalidFieldException;
import vn.hoso.archive.dossier.PageStatus;

/** The review queue over HTTP: {@code GET /api/review?status=NEEDS_REVIEW&status=QUARANTINED&limit=100}. */
@RestController
class ReviewController {

    private static final int MAX_LIMIT = 500;

    /** {@code total} counts every waiting page the caller may see; {@code items} holds the first {@code limit}. */
    record Queue(int total, List<ReviewQueue.Item> items) {}

    private final ReviewQueue queue;

    ReviewController(ReviewQueue queue) {
        this.queue = queue;
    }

    @GetMapping("/api/review")
    Queue list(
            @RequestParam(name = "status", required = false) List<PageStatus> statuses,
            @RequestParam(defaultValue = "100") int limit,
            Caller caller) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidFieldException("limit", "between 1 and " + MAX_LIMIT);
        }
        Set<PageStatus> wanted =
                statuses == null || statuses.isEmpty() ? ReviewQueue.WAITING : EnumSet.copyOf(statuses);
        if (!ReviewQueue.WAITING.containsAll(wanted)) {
            throw new InvalidFieldException("status", "NEEDS_REVIEW or QUARANTINED");
        }
        List<ReviewQueue.Item> items = queue.list(wanted, caller);
        return new Queue(items.size(), items.subList(0, Math.min(limit, items.size())));
    }
}
