package vn.hoso.archive.dossier;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.hoso.archive.access.Caller;

/** The clerk's work on an open dossier over HTTP; every answer is the dossier as it now stands. */
@RestController
class DossierWorkflowController {

    /** Why a reviewer sends a dossier back; the clerk reads it. */
    record SendBack(@NotBlank @Size(max = 2000) String note) {}

    /** The live pages' numbers in the new reading order. */
    record PageOrder(@NotNull List<@NotNull Integer> seqs) {}

    private final DossierWorkflow workflow;

    DossierWorkflowController(DossierWorkflow workflow) {
        this.workflow = workflow;
    }

    @PutMapping("/api/dossiers/{code}")
    DossierView correct(@PathVariable String code, @Valid @RequestBody DossierCorrection correction, Caller caller) {
        return DossierView.of(workflow.correct(code, correction, caller));
    }

    @PostMapping("/api/dossiers/{code}/submit")
    DossierView submit(@PathVariable String code, Caller caller) {
        return DossierView.of(workflow.submit(code, caller));
    }

    @PostMapping("/api/dossiers/{code}/approve")
    DossierView approve(@PathVariable String code, Caller caller) {
        return DossierView.of(workflow.approve(code, caller));
    }

    @PostMapping("/api/dossiers/{code}/send-back")
    DossierView sendBack(@PathVariable String code, @Valid @RequestBody SendBack request, Caller caller) {
        return DossierView.of(workflow.sendBack(code, request.note(), caller));
    }

    @PutMapping("/api/dossiers/{code}/pages/order")
    DossierView reorder(@PathVariable String code, @Valid @RequestBody PageOrder order, Caller caller) {
        return DossierView.of(workflow.reorder(code, order.seqs(), caller));
    }

    @DeleteMapping("/api/dossiers/{code}/pages/{seq}")
    DossierView withdraw(@PathVariable String code, @PathVariable int seq, Caller caller) {
        return DossierView.of(workflow.withdraw(code, seq, caller));
    }

    @PostMapping("/api/dossiers/{code}/pages/{seq}/review")
    DossierView markReviewed(@PathVariable String code, @PathVariable int seq, Caller caller) {
        return DossierView.of(workflow.markReviewed(code, seq, caller));
    }
}
