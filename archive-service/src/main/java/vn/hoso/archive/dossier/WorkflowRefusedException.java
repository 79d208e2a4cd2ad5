package vn.hoso.archive.dossier;

import java.util.List;

/**
 * A clerk's change that the dossier's state does not allow. The {@link Refusal} is the contract: it names the
 * problem type and status the API answers with; {@code problems} lists what stands in the way (pages still pending,
 * for instance) so the UI can show each.
 */
public class WorkflowRefusedException extends RuntimeException {

    /** Why a change was refused; the slug is the RFC 9457 problem type and never changes. */
    public enum Refusal {
        /** Only a draft can change; a dossier in review is sent back first, an archived one is final. */
        NOT_EDITABLE("dossier-not-editable", 409, "Hồ sơ không ở trạng thái được sửa"),
        /** The metadata changed after the version the clerk edited. */
        VERSION_CONFLICT("version-conflict", 409, "Hồ sơ đã được người khác sửa"),
        /** The dossier cannot go to review yet: pages pending, quarantined or unreviewed, or none at all. */
        NOT_READY("dossier-not-ready", 409, "Hồ sơ chưa sẵn sàng để trình duyệt"),
        /** The transition does not start from the dossier's status. */
        WRONG_STATUS("dossier-status-conflict", 409, "Trạng thái hồ sơ không cho phép thao tác này"),
        /** Approval needs a clerk other than the one who submitted (four eyes). */
        SECOND_CLERK_REQUIRED("second-clerk-required", 403, "Cần một cán bộ khác phê duyệt"),
        /** The page is not in a state for this operation (turning a page still being recognised, …). */
        PAGE_NOT_READY("page-state-conflict", 409, "Trang không ở trạng thái phù hợp");

        private final String slug;
        private final int status;
        private final String title;

        Refusal(String slug, int status, String title) {
            this.slug = slug;
            this.status = status;
            this.title = title;
        }

        public String slug() {
            return slug;
        }

        public int status() {
            return status;
        }

        public String title() {
            return title;
        }
    }

    private final Refusal refusal;
    private final List<String> problems;

    public WorkflowRefusedException(Refusal refusal, String message, List<String> problems) {
        super(message);
        this.refusal = refusal;
        this.problems = List.copyOf(problems);
    }

    public WorkflowRefusedException(Refusal refusal, String message) {
        this(refusal, message, List.of());
    }

    public Refusal refusal() {
        return refusal;
    }

    public List<String> problems() {
        return problems;
    }
}
