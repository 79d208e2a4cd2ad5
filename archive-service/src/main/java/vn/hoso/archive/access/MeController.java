package vn.hoso.archive.access;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the UI is talking to, for its header and for hiding actions the user cannot take. */
@RestController
class MeController {

    /** {@code jurisdiction} lists unit codes; null means no restriction. */
    record Me(
            String username,
            List<Role> roles,
            Confidentiality clearance,
            String clearanceName,
            List<String> jurisdiction) {}

    @GetMapping("/api/me")
    Me me(Caller caller) {
        return new Me(
                caller.username(),
                caller.roles().stream().sorted().toList(),
                caller.clearance(),
                caller.clearance().displayName(),
                caller.jurisdiction().everywhere()
                        ? null
                        : List.copyOf(caller.jurisdiction().units()));
    }
}
