package vn.hoso.archive.dossier;

import java.util.Arrays;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hoso.archive.access.AccessPolicy;
import vn.hoso.archive.access.Caller;
import vn.hoso.archive.access.DossierAction;
import vn.hoso.archive.access.Role;
import vn.hoso.archive.access.UnknownUserException;
import vn.hoso.archive.access.UserDirectory;

/**
 * "Why can't this user see that dossier?": the {@link AccessPolicy} decision for every {@link DossierAction}, with
 * the rule behind it in Vietnamese. For administrators (the route rule); lives with dossiers because it reads them
 * regardless of any caller. It answers for a dossier the administrator may not see themselves, but then names only
 * its level, never its subject or hometown.
 */
@RestController
class AccessExplanationController {

    record Action(DossierAction action, String actionName, boolean allowed, List<AccessPolicy.Check> checks) {}

    /**
     * @param visible whether the user may see the dossier at all (search, open, pages)
     * @param summary one Vietnamese sentence: allowed, or the first reason it is not
     */
    record Explanation(
            String user,
            List<Role> roles,
            String clearance,
            String jurisdiction,
            String dossier,
            String confidentiality,
            boolean visible,
            String summary,
            List<Action> actions) {}

    private final Dossiers dossiers;
    private final UserDirectory users;

    AccessExplanationController(Dossiers dossiers, UserDirectory users) {
        this.dossiers = dossiers;
        this.users = users;
    }

    @GetMapping("/api/admin/access")
    Explanation explain(@RequestParam String user, @RequestParam String dossier) {
        Caller subject = users.find(user).orElseThrow(() -> new UnknownUserException(user));
        Dossier found = dossiers.find(dossier).orElseThrow(() -> new DossierNotFoundException(dossier));
        List<Action> actions = Arrays.stream(DossierAction.values())
                .map(action -> action(subject, found, action))
                .toList();
        boolean visible = subject.visibility().admits(found.accessLabel());
        String summary = actions.getFirst().allowed()
                ? "Người dùng " + user + " được xem hồ sơ " + found.code().value() + "."
                : "Người dùng " + user + " không được xem hồ sơ: " + firstFailure(actions.getFirst());
        return new Explanation(
                user,
                subject.roles().stream().sorted().toList(),
                subject.clearance().displayName(),
                subject.jurisdiction().describe(),
                found.code().value(),
                found.confidentiality().displayName(),
                visible,
                summary,
                actions);
    }

    private static Action action(Caller subject, Dossier dossier, DossierAction action) {
        AccessPolicy.Decision decision = AccessPolicy.decide(subject, dossier.accessLabel(), action);
        return new Action(action, action.displayName(), decision instanceof AccessPolicy.Granted, decision.checks());
    }

    private static String firstFailure(Action action) {
        return action.checks().stream()
                .filter(check -> !check.passed())
                .map(AccessPolicy.Check::reason)
                .findFirst()
                .orElse("");
    }
}
