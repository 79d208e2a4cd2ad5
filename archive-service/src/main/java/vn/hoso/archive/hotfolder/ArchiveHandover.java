package vn.hoso.archive.hotfolder;

import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import vn.hoso.archive.access.Caller;
import vn.hoso.archive.access.Confidentiality;
import vn.hoso.archive.access.Role;
import vn.hoso.archive.dossier.DossierExistsException;
import vn.hoso.archive.dossier.Dossiers;
import vn.hoso.archive.dossier.NewDossier;
import vn.hoso.archive.dossier.Page;
import vn.hoso.archive.page.PageIntake;
import vn.hoso.ingest.hotfolder.Delivery;
import vn.hoso.ingest.hotfolder.Handed;
import vn.hoso.ingest.hotfolder.Handover;

/**
 * Takes what the hot folder delivers into the archive, exactly as an upload would be taken: masters stored, pages
 * listed in the manifest, recognition queued ({@link PageIntake}). Content already in the dossier (same SHA-256) is
 * not added again, which keeps the hot folder's promise that a file offered twice is taken once.
 *
 * <p>The hot folder acts as the system user {@value #USERNAME}: role CLERK (it adds scans, as a clerk does) and
 * clearance TOP_SECRET, because the folder is filled by clerks on the scanning LAN whose classification choices it
 * must be able to carry out, and a dossier it could not see would be refused as missing. Whoever can write to the
 * inbox can therefore add pages to any dossier and create dossiers at any level: the inbox must be writable only
 * by the scanning stations and clerks (see docs/DECISIONS.md).
 */
final class ArchiveHandover implements Handover {

    private static final Logger log = LoggerFactory.getLogger(ArchiveHandover.class);

    static final String USERNAME = "hot-folder";

    static final Caller ACTOR = new Caller(USERNAME, Set.of(Role.CLERK), Confidentiality.TOP_SECRET);

    private final Dossiers dossiers;
    private final PageIntake intake;
    private final JsonMapper json;
    private final Validator validator;

    ArchiveHandover(Dossiers dossiers, PageIntake intake, JsonMapper json, Validator validator) {
        this.dossiers = dossiers;
        this.intake = intake;
        this.json = json;
        this.validator = validator;
    }

    @Override
    public Handed take(Delivery delivery) {
        return switch (delivery) {
            case Delivery.Description description -> describe(description);
            case Delivery.Pages pages -> add(pages);
        };
    }

    /** Creates the dossier unless it exists; an existing dossier keeps its metadata, the folder only extends it. */
    private Handed describe(Delivery.Description description) {
        String folder = description.dossierCode();
        NewDossier request;
        try {
            request = json.readValue(description.json(), NewDossier.class);
        } catch (JacksonException e) {
            return new Handed.Refused("it is not the JSON of a new dossier: " + e.getOriginalMessage());
        }
        if (request == null) {
            return new Handed.Refused("it is empty");
        }
        if (request.code() == null) {
            request = new NewDossier(
                    folder, request.title(), request.category(), request.confidentiality(), request.subject());
        }
        if (!folder.equals(request.code())) {
            return new Handed.Refused("it names dossier " + request.code() + ", but its folder is " + folder);
        }
        List<String> problems = validator.validate(request).stream()
                .map(violation -> violation.getPropertyPath() + ": " + violation.getMessage())
                .sorted()
                .toList();
        if (!problems.isEmpty()) {
            return new Handed.Refused(String.join("; ", problems));
        }
        if (dossiers.find(folder).isEmpty()) {
            create(request);
        }
        return new Handed.Taken(0);
    }

    private void create(NewDossier request) {
        try {
            dossiers.create(request, ACTOR);
            log.info("dossier {} created from the hot folder", request.code());
        } catch (DossierExistsException e) {
            // A clerk created it meanwhile: the folder extends it, as it would have a moment later.
        }
    }

    private Handed add(Delivery.Pages pages) {
        String code = pages.dossierCode();
        if (dossiers.find(code).isEmpty()) {
            return new Handed.Refused(
                    "dossier " + code + " does not exist; create it first, or put a dossier.json" + " in its folder");
        }
        List<Page> added = intake.receiveIfNew(
                code, new PageIntake.Received(pages.label(), null, pages.bytes()).capturedWith(pages.profile()), ACTOR);
        if (added.isEmpty()) {
            log.info("{} ({}) is already in dossier {}; not added again", pages.label(), pages.profile(), code);
        }
        return new Handed.Taken(added.size());
    }
}
