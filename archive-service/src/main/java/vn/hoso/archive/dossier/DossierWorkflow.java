package vn.hoso.archive.dossier;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Service;
import vn.hoso.archive.access.Caller;
import vn.hoso.archive.dossier.HistoryEntry.Action;
import vn.hoso.archive.dossier.RetiredPage.Why;
import vn.hoso.archive.dossier.WorkflowRefusedException.Refusal;

/**
 * A clerk's work on a dossier after it is opened: correcting its description, putting its pages in order, and taking
 * it from draft through review to the archive.
 *
 * <p>Rules: only a {@code DRAFT} changes (a dossier in review is sent back first; an archived one is final). A draft
 * goes to review only when every page is recognised or reviewed (none pending, quarantined or still needing review).
 * Approval needs a clerk other than the one who submitted it, so no dossier enters the archive on one person's word.
 * Pages are never deleted: a withdrawn or replaced page moves to {@link Dossier#retiredPages()} with its master.
 * Every change is one manifest version, recorded in {@link Dossier#history()}, and re-indexed like any write. A
 * dossier the caller may not see answers as missing.
 */
@Service
public class DossierWorkflow {

    private final Dossiers dossiers;
    private final Clock clock = Clock.systemUTC();

    DossierWorkflow(Dossiers dossiers) {
        this.dossiers = dossiers;
    }

    /** Replaces the description; pages, status and history stay. */
    public Dossier correct(String code, DossierCorrection correction, Caller caller) {
        if (!caller.maySee(correction.confidentiality())) {
            throw new ClassificationAboveClearanceException(
                    "your clearance (" + caller.clearance().displayName() + ") is below the level you chose ("
                            + correction.confidentiality().displayName() + ")");
        }
        return edit(code, caller, Action.METADATA_CORRECTED, null, current -> {
            requireUnchangedSince(current, correction.version());
            NewDossier typed = correction.asNew(current.code());
            return new Dossier(
                    current.code(),
                    Dossiers.nfc(typed.title()),
                    typed.category(),
                    typed.confidentiality(),
                    Dossiers.subject(typed.subject()),
                    current.status(),
                    current.version() + 1,
                    current.createdAt(),
                    current.createdBy(),
                    Dossiers.nfc(typed.legacyCodes()),
                    Dossiers.decisions(typed.decisions()),
                    Dossiers.documents(typed.documents()),
                    typed.location(),
                    current.pages(),
                    current.retiredPages(),
                    current.history());
        });
    }

    /** Draft → in review, when every page is settled; otherwise refused listing each page in the way. */
    public Dossier submit(String code, Caller caller) {
        return edit(code, caller, Action.SUBMITTED, null, current -> {
            List<String> problems = readinessProblems(current);
            if (!problems.isEmpty()) {
                throw new WorkflowRefusedException(
                        Refusal.NOT_READY,
                        current.code() + " cannot go to review: " + String.join("; ", problems),
                        problems);
            }
            return current.withStatus(DossierStatus.IN_REVIEW);
        });
    }

    /** In review → archived, by a clerk other than the one who submitted it. */
    public Dossier approve(String code, Caller caller) {
        return transition(code, caller, Action.APPROVED, null, current -> {
            if (current.submittedBy().filter(caller.username()::equals).isPresent()) {
                throw new WorkflowRefusedException(
                        Refusal.SECOND_CLERK_REQUIRED,
                        "you submitted " + current.code() + " for review; another clerk must approve it");
            }
            return current.withStatus(DossierStatus.ARCHIVED);
        });
    }

    /** In review → draft, with the reviewer's reason. */
    public Dossier sendBack(String code, String note, Caller caller) {
        return transition(
                code, caller, Action.SENT_BACK, Dossiers.nfc(note), current -> current.withStatus(DossierStatus.DRAFT));
    }

    /** Puts the live pages in the given reading order; {@code seqs} must name each live page exactly once. */
    public Dossier reorder(String code, List<Integer> seqs, Caller caller) {
        return edit(code, caller, Action.PAGES_REORDERED, null, current -> {
            List<Integer> live = current.pages().stream().map(Page::seq).toList();
            if (seqs.size() != live.size() || !new HashSet<>(seqs).equals(new HashSet<>(live))) {
                throw new InvalidFieldException(
                        "seqs", "must list each of the dossier's pages " + live + " exactly once, in the new order");
            }
            List<Page> ordered =
                    seqs.stream().map(seq -> current.page(seq).orElseThrow()).toList();
            return current.withPages(ordered, current.retiredPages());
        });
    }

    /** Takes a page out of the reading order; it stays, with its master, among the retired pages. */
    public Dossier withdraw(String code, int seq, Caller caller) {
        return edit(code, caller, Action.PAGE_WITHDRAWN, "page " + seq, current -> {
            Page page = livePage(current, seq);
            List<RetiredPage> retired = new ArrayList<>(current.retiredPages());
            retired.add(new RetiredPage(page, Why.WITHDRAWN, caller.username(), clock.instant()));
            return current.withPages(
                    current.pages().stream().filter(p -> p.seq() != seq).toList(), retired);
        });
    }

    /** Accepts a page that needs review as it is. */
    public Dossier markReviewed(String code, int seq, Caller caller) {
        return edit(code, caller, Action.PAGE_REVIEWED, "page " + seq, current -> {
            Page page = livePage(current, seq);
            if (page.status() != PageStatus.NEEDS_REVIEW) {
                throw new WorkflowRefusedException(
                        Refusal.PAGE_NOT_READY, "page " + seq + " does not need review (" + page.status() + ")");
            }
            return current.withPage(seq, p -> p.reviewed(caller.username(), clock.instant()));
        });
    }

    /**
     * Sets the clerk's quarter turn of a recognised page. {@code turnDerivatives} receives the page and the clockwise
     * turn to add (90, 180 or 270) and rewrites its view, thumbnail and word boxes; it runs under the dossier's lock,
     * before the manifest records the new turn.
     */
    public Dossier turn(String code, int seq, int degrees, Caller caller, BiConsumer<Page, Integer> turnDerivatives) {
        if (degrees != 0 && degrees != 90 && degrees != 180 && degrees != 270) {
            throw new InvalidFieldException("turn", "must be 0, 90, 180 or 270 (degrees clockwise)");
        }
        return edit(code, caller, Action.PAGE_TURNED, "page " + seq + " to " + degrees + "°", current -> {
            Page page = livePage(current, seq);
            if (!page.status().hasText()) {
                throw new WorkflowRefusedException(
                        Refusal.PAGE_NOT_READY, "page " + seq + " has no view to turn (" + page.status() + ")");
            }
            int delta = Math.floorMod(degrees - page.turn(), 360);
            if (delta != 0) {
                turnDerivatives.accept(page, delta);
            }
            return current.withPage(seq, p -> p.turned(degrees));
        });
    }

    /**
     * Puts a new scan in a page's place; the previous page, master included, is retired as {@code REPLACED}.
     * {@code storeMaster} receives the page being replaced and the revision number of the new master (2 for the
     * first replacement), stores it and returns the new page; it runs under the dossier's lock. A page still being
     * recognised cannot be replaced (its outcome would land on the new scan).
     */
    public Dossier replace(String code, int seq, Caller caller, BiFunction<Page, Integer, Page> storeMaster) {
        return edit(code, caller, Action.PAGE_REPLACED, "page " + seq, current -> {
            Page page = livePage(current, seq);
            if (page.status() == PageStatus.PENDING) {
                throw new WorkflowRefusedException(
                        Refusal.PAGE_NOT_READY,
                        "page " + seq + " is still being recognised; replace it when it is done");
            }
            int revision = 2
                    + (int) current.retiredPages().stream()
                            .filter(r -> r.why() == Why.REPLACED && r.page().seq() == seq)
                            .count();
            Page replacement = storeMaster.apply(page, revision);
            List<RetiredPage> retired = new ArrayList<>(current.retiredPages());
            retired.add(new RetiredPage(page, Why.REPLACED, caller.username(), clock.instant()));
            List<Page> pages = current.pages().stream()
                    .map(p -> p.seq() == seq ? replacement : p)
                    .toList();
            return current.withPages(pages, retired);
        });
    }

    /** Refuses any change to a dossier that is not a draft. */
    static void requireDraft(Dossier dossier) {
        if (dossier.status() != DossierStatus.DRAFT) {
            throw new WorkflowRefusedException(
                    Refusal.NOT_EDITABLE,
                    dossier.code() + " is "
                            + dossier.status() + "; only a draft can change"
                            + (dossier.status() == DossierStatus.IN_REVIEW ? " (send it back to draft first)" : ""));
        }
    }

    private Dossier edit(String code, Caller caller, Action action, String note, UnaryOperator<Dossier> change) {
        DossierCode visible = dossiers.get(code, caller).code();
        return dossiers.update(visible, current -> {
            requireDraft(current);
            return change.apply(current).recording(action, caller.username(), clock.instant(), note);
        });
    }

    private Dossier transition(String code, Caller caller, Action action, String note, UnaryOperator<Dossier> change) {
        DossierCode visible = dossiers.get(code, caller).code();
        return dossiers.update(visible, current -> {
            if (current.status() != DossierStatus.IN_REVIEW) {
                throw new WorkflowRefusedException(
                        Refusal.WRONG_STATUS, current.code() + " is " + current.status() + ", not in review");
            }
            return change.apply(current).recording(action, caller.username(), clock.instant(), note);
        });
    }

    private static void requireUnchangedSince(Dossier current, long version) {
        boolean correctedSince = current.history().stream()
                .anyMatch(entry -> entry.action() == Action.METADATA_CORRECTED && entry.version() > version);
        if (version > current.version() || correctedSince) {
            throw new WorkflowRefusedException(
                    Refusal.VERSION_CONFLICT,
                    "the description of " + current.code() + " changed after version " + version
                            + "; reload it (now version " + current.version() + ")");
        }
    }

    private static List<String> readinessProblems(Dossier dossier) {
        if (dossier.pages().isEmpty()) {
            return List.of("the dossier has no pages");
        }
        return dossier.pages().stream()
                .filter(page -> page.status() != PageStatus.RECOGNIZED)
                .map(page -> "page " + page.seq() + " is " + page.status())
                .toList();
    }

    private static Page livePage(Dossier dossier, int seq) {
        return dossier.page(seq)
                .orElseThrow(() -> new PageNotFoundException("dossier " + dossier.code() + " has no page " + seq));
    }
}
