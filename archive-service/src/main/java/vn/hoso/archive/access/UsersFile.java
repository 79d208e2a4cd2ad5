package vn.hoso.archive.access;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads the embedded identity store. A file that cannot be trusted completely is refused whole: an unknown key, a
 * password that is not in Spring's {@code {id}hash} form, an unknown role or clearance, a blank unit path each fail
 * with the user and key named, so a typo never silently grants or drops access.
 */
final class UsersFile {

    private static final Set<String> USER_KEYS = Set.of("username", "password", "roles", "clearance", "jurisdiction");

    private UsersFile() {}

    static List<ArchiveUser> read(Path file) {
        Object root;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read users file " + file + ": " + e.getMessage(), e);
        }
        if (!(root instanceof Map<?, ?> top) || !(top.get("users") instanceof List<?> entries)) {
            throw new IllegalStateException("users file " + file + ": expected a top-level 'users:' list");
        }
        List<ArchiveUser> users = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            users.add(user(file, i, entries.get(i)));
        }
        return users;
    }

    private static ArchiveUser user(Path file, int index, Object entry) {
        String where = "users file " + file + ", users[" + index + "]";
        if (!(entry instanceof Map<?, ?> map)) {
            throw new IllegalStateException(where + ": expected a mapping");
        }
        for (Object key : map.keySet()) {
            if (!USER_KEYS.contains(String.valueOf(key))) {
                throw new IllegalStateException(where + ": unknown key '" + key + "' (known: " + USER_KEYS + ")");
            }
        }
        String username = text(map, "username", where);
        String password = text(map, "password", where);
        if (!password.matches("\\{[a-z0-9]+}.+")) {
            throw new IllegalStateException(where + " (" + username + "): password must be an encoded hash such as"
                    + " {bcrypt}$2a$10$…, never plain text");
        }
        return new ArchiveUser(
                username,
                password,
                roles(map.get("roles"), where),
                clearance(map, where),
                jurisdiction(map.get("jurisdiction"), where));
    }

    private static Set<Role> roles(Object value, String where) {
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            throw new IllegalStateException(
                    where + ": 'roles' must be a non-empty list of " + EnumSet.allOf(Role.class));
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object name : list) {
            roles.add(parse(Role.class, String.valueOf(name), where + ": roles"));
        }
        return roles;
    }

    /** Absent means no restriction; a list (even empty) restricts the user to its units. */
    private static Jurisdiction jurisdiction(Object value, String where) {
        if (value == null) {
            return Jurisdiction.EVERYWHERE;
        }
        if (!(value instanceof List<?> list)) {
            throw new IllegalStateException(
                    where + ": 'jurisdiction' must be a list of unit paths such as" + " \"Quảng Trị/Hải Lăng\"");
        }
        try {
            return Jurisdiction.of(list.stream().map(String::valueOf).toList());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + ": jurisdiction: " + e.getMessage(), e);
        }
    }

    private static Confidentiality clearance(Map<?, ?> map, String where) {
        Object value = map.get("clearance");
        return value == null
                ? Confidentiality.UNCLASSIFIED
                : parse(Confidentiality.class, String.valueOf(value), where + ": clearance");
    }

    private static String text(Map<?, ?> map, String key, String where) {
        Object value = map.get(key);
        if (value == null || String.valueOf(value).isBlank()) {
            throw new IllegalStateException(where + ": '" + key + "' is required");
        }
        return String.valueOf(value);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name, String where) {
        try {
            return Enum.valueOf(type, name.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(
                    where + ": unknown value '" + name + "' (known: " + EnumSet.allOf(type) + ")", e);
        }
    }
}
