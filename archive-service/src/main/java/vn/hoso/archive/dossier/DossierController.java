package vn.hoso.archive.dossier;

import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.hoso.archive.access.Caller;

@RestController
class DossierController {

    private final Dossiers dossiers;

    DossierController(Dossiers dossiers) {
        this.dossiers = dossiers;
    }

    @PostMapping("/api/dossiers")
    ResponseEntity<DossierView> create(@Valid @RequestBody NewDossier request, Caller caller) {
        Dossier dossier = dossiers.create(request, caller);
        return ResponseEntity.created(
                        URI.create("/api/dossiers/" + dossier.code().value()))
                .body(DossierView.of(dossier));
    }

    @GetMapping("/api/dossiers/{code}")
    DossierView get(@PathVariable String code, Caller caller) {
        return DossierView.of(dossiers.get(code, caller));
    }
}
