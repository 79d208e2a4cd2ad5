package vn.hoso.archive.dossier;

import java.text.Normalizer;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;
import vn.hoso.archive.access.AccessPolicy;
import vn.hoso.archive.access.Caller;
import vn.hoso.archive.access.DossierAction;
import vn.hoso.archive.storage.ObjectMissingException;
import vn.hoso.archive.storage.PageStore;
import vn.hoso.ingest.pipeline.PageFlag;

/**
 * The dossiers of the archive, kept as manifests in the {@link PageStore}.
 *
 * <p>Guarantees: a manifest is written only after the objects it names (callers store masters and derivatives
 * first); every write raises the version by one and is refused if the stored version moved meanwhile; a dossier the
 * caller may not see (clearance or jurisdiction, decided by {@link AccessPolicy}) answers exactly as a missing one.
 * Changes are serialised per dossier within this process; several instances sharing one store need the store's
 * conditional writes (not yet used).
 */
@Service
public class Dossiers {

    private final PageStore store;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Map<DossierCode, Object> locks = new ConcurrentHashMap<>();

    Dossiers(PageStore store, JsonMapper json, ApplicationEventPublisher events) {
        this.store = store;
        this.json = json;
        this.events = events;
        this.clock = Clock.systemUTC();
    }

    public Dossier create(NewDossier request, Caller caller) {
        if (!caller.maySee(request.confidentiality())) {
            throw new ClassificationAboveClearanceException(
                    "your clearance (" + caller.clearance().displayName() + ") is below the level you chose ("
                            + request.confidentiality().displayName() + ")");
        }
        Subject subject = subject(request.subject());
        if (!caller.jurisdiction()
                .covers(Dossier.labelOf(request.confidentiality(), subject).units())) {
            throw new OutsideJurisdictionException("the hometown lies outside your jurisdiction ("
                    + caller.jurisdiction().describe() + "): you could not see the dossier you create");
        }
        DossierCode code = new DossierCode(request.code());
        Dossier dossier = new Dossier(
                code,
                nfc(request.title()),
                request.category(),
                request.confidentiality(),
                subject,
                DossierStatus.DRAFT,
                1,
                clock.instant(),
                caller.username(),
                nfc(request.legacyCodes()),
                decisions(request.decisions()),
                documents(request.documents()),
                request.location(),
                List.of());
        synchronized (lock(code)) {
            if (store.exists(DossierKeys.manifest(code))) {
                throw new DossierExistsException(code.value());
            }
            write(dossier);
        }
        return dossier;
    }

    /** The dossier if it exists and the caller may read it; otherwise {@link DossierNotFoundException}. */
    public Dossier get(String code, Caller caller) {
        return get(code, caller, DossierAction.READ);
    }

    /**
     * The dossier if it exists and {@link AccessPolicy} lets the caller do {@code action} with it. A dossier outside
     * the caller's clearance or jurisdiction answers as a missing one ({@link DossierNotFoundException}); a visible
     * one whose action the caller's role does not allow is {@link AccessDeniedException}.
     */
    public Dossier get(String code, Caller caller, DossierAction action) {
        Dossier dossier = find(code).orElseThrow(() -> new DossierNotFoundException(code));
        return switch (AccessPolicy.decide(caller, dossier.accessLabel(), action)) {
            case AccessPolicy.Granted granted -> dossier;
            case AccessPolicy.Refused refused when refused.hidden() -> throw new DossierNotFoundException(code);
            case AccessPolicy.Refused refused ->
                throw new AccessDeniedException(
                        "your role may not " + action.name().toLowerCase(Locale.ROOT) + " dossier " + code);
        };
    }

    /** The stored dossier regardless of any caller: for the system's own work (recognition, indexing). */
    public Optional<Dossier> find(String code) {
        if (!DossierCode.isValid(code)) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(store.get(DossierKeys.manifest(new DossierCode(code))), Dossier.class));
        } catch (ObjectMissingException e) {
            return Optional.empty();
        }
    }

    /** Applies {@code change} to the current manifest and writes the result, one change per dossier at a time. */
    public Dossier update(DossierCode code, UnaryOperator<Dossier> change) {
        synchronized (lock(code)) {
            Dossier current = find(code.value()).orElseThrow(() -> new DossierNotFoundException(code.value()));
            Dossier next = change.apply(current);
            if (next.version() != current.version() + 1) {
                throw new IllegalStateException("manifest of " + code + " changed meanwhile: stored version "
                        + current.version() + ", write carries " + next.version());
            }
            write(next);
            return next;
        }
    }

    /**
     * Appends pages to a draft (a dossier in review or archived refuses them). {@code storeMasters} receives the
     * sequence number of the first new page, stores the masters under it and returns the pages; it runs under the
     * dossier's lock, so numbers are never handed out twice, and the manifest naming the pages is written only after
     * it returns.
     */
    public Dossier appendPages(DossierCode code, IntFunction<List<Page>> storeMasters) {
        return update(code, dossier -> {
            DossierWorkflow.requireDraft(dossier);
            return dossier.withPages(storeMasters.apply(dossier.nextSeq()));
        });
    }

    /** Records recognition; a page flagged {@code LOW_CONFIDENCE} becomes {@code NEEDS_REVIEW}. */
    public Dossier markRecognized(DossierCode code, int seq, double confidence, List<PageFlag> flags, int rotation) {
        return update(code, dossier -> dossier.withPage(seq, page -> page.recognized(confidence, flags, rotation)));
    }

    public Dossier markQuarantined(DossierCode code, int seq, String reason) {
        return update(code, dossier -> dossier.withPage(seq, page -> page.quarantined(reason)));
    }

    /** Every dossier's code in storage, for reindexing and reconciling; the caller closes the stream. */
    public Stream<DossierCode> codes() {
        return store.list(DossierKeys.ROOT)
                .filter(key -> key.endsWith(DossierKeys.MANIFEST))
                .map(key -> key.substring(DossierKeys.ROOT.length(), key.length() - DossierKeys.MANIFEST.length()))
                .filter(DossierCode::isValid)
                .map(DossierCode::new);
    }

    private void write(Dossier dossier) {
        store.put(DossierKeys.manifest(dossier.code()), json.writeValueAsBytes(dossier), "application/json");
        events.publishEvent(new DossierChanged(dossier.code(), dossier.version()));
    }

    private Object lock(DossierCode code) {
        return locks.computeIfAbsent(code, key -> new Object());
    }

    static Subject subject(NewDossier.Person person) {
        Integer birthYear = person.birthYear() == null && person.birthDate() != null
                ? Integer.valueOf(person.birthDate().getYear())
                : person.birthYear();
        return new Subject(
                nfc(person.fullName()),
                nfc(person.otherNames()),
                person.gender(),
                birthYear,
                person.birthDate(),
                nfc(person.hometown()),
                null,
                nfc(person.residence()),
                person.citizenId(),
                person.oldId());
    }

    static List<Decision> decisions(List<NewDossier.DecisionInput> typed) {
        return typed == null
                ? List.of()
                : typed.stream()
                        .map(d -> new Decision(nfc(d.number()), d.date(), nfc(d.issuer()), nfc(d.summary())))
                        .toList();
    }

    static List<DocumentEntry> documents(List<NewDossier.DocumentInput> typed) {
        return typed == null
                ? List.of()
                : typed.stream()
                        .map(d -> new DocumentEntry(
                                nfc(d.type()),
                                nfc(d.number()),
                                d.date(),
                                nfc(d.issuer()),
                                nfc(d.summary()),
                                d.firstPage(),
                                d.lastPage()))
                        .toList();
    }

    static List<String> nfc(List<String> texts) {
        return texts == null ? List.of() : texts.stream().map(Dossiers::nfc).toList();
    }

    static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }
}
