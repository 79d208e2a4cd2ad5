package vn.hoso.archive.page;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.hoso.archive.access.Caller;
import vn.hoso.archive.dossier.DossierView;

/** Turning and replacing a page over HTTP; answers with the dossier as it now stands. */
@RestController
class PageReworkController {

    /** The clerk's turn of the page, degrees clockwise: 0, 90, 180 or 270. */
    record Turn(@NotNull Integer turn) {}

    private final PageRework rework;

    PageReworkController(PageRework rework) {
        this.rework = rework;
    }

    @PutMapping("/api/dossiers/{code}/pages/{seq}/rotation")
    DossierView turn(@PathVariable String code, @PathVariable int seq, @Valid @RequestBody Turn turn, Caller caller) {
        return DossierView.of(rework.turn(code, seq, turn.turn(), caller));
    }

    @PutMapping(path = "/api/dossiers/{code}/pages/{seq}/master", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<DossierView> replace(
            @PathVariable String code, @PathVariable int seq, @RequestPart("file") MultipartFile file, Caller caller) {
        byte[] bytes;
        try {
            bytes = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read uploaded part " + file.getOriginalFilename(), e);
        }
        PageIntake.Received received =
                new PageIntake.Received(file.getOriginalFilename(), file.getContentType(), bytes);
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(DossierView.of(rework.replace(code, seq, bytes, received, caller)));
    }
}
