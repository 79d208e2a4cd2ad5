package vn.hoso.profiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A set of validated scanner profiles, looked up by name.
 *
 * <p>Profiles are YAML files, one per profile, named {@code <name>.yml}. A file may start with
 * {@code extends: <other>} and then set only the keys that differ; the chain is resolved at load. Every
 * profile is fully validated when the set is built, so a broken file fails the caller's start-up with
 * an {@link InvalidProfileException} naming the file and key rather than failing a page later.
 * Instances are immutable and safe to share between threads.
 */
public final class ScannerProfiles {

    private static final String BUILT_IN_FOLDER = "profiles/";
    private static final String ANCHOR = "/" + BUILT_IN_FOLDER + "default.yml";
    private static final String SUFFIX = ".yml";

    private final Map<String, ScannerProfile> byName;

    private ScannerProfiles(Map<String, ScannerProfile> byName) {
        this.byName = Collections.unmodifiableMap(new TreeMap<>(byName));
    }

    /** The profiles shipped in this module under {@code profiles/*.yml}; always contains {@code default}. */
    public static ScannerProfiles builtIn() {
        return new ScannerProfiles(resolveAll(builtInDocuments()));
    }

    /**
     * The profiles in {@code folder} ({@code *.yml}) together with the built-in ones; a file in the
     * folder replaces a built-in profile of the same name, and may extend any profile of either kind.
     */
    public static ScannerProfiles fromFolder(Path folder) {
        Map<String, ProfileDocument> documents = builtInDocuments();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(SUFFIX))
                    .toList()) {
                ProfileDocument document = read(file);
                documents.put(document.name(), document);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list profile folder " + folder, e);
        }
        return new ScannerProfiles(resolveAll(documents));
    }

    /**
     * One profile file. Its {@code extends} is looked up first beside it ({@code <parent>.yml} in the
     * same folder), then among the built-in profiles.
     */
    public static ScannerProfile load(Path file) {
        ProfileDocument document = read(file);
        Map<String, ProfileDocument> builtIn = builtInDocuments();
        Function<String, ProfileDocument> siblings = name -> {
            Path sibling = file.resolveSibling(name + SUFFIX);
            return Files.isRegularFile(sibling) ? read(sibling) : builtIn.get(name);
        };
        return resolve(document, siblings, new LinkedHashSet<>()).toProfile();
    }

    /**
     * @throws IllegalArgumentException naming the known profiles when there is none called {@code name}
     */
    public ScannerProfile get(String name) {
        ScannerProfile profile = byName.get(name);
        if (profile == null) {
            throw new IllegalArgumentException(
                    "no scanner profile named '" + name + "'; known profiles: " + String.join(", ", names()));
        }
        return profile;
    }

    /** The profile names, sorted. */
    public Set<String> names() {
        return byName.keySet();
    }

    private static Map<String, ScannerProfile> resolveAll(Map<String, ProfileDocument> documents) {
        Map<String, ScannerProfile> profiles = new TreeMap<>();
        for (ProfileDocument document : documents.values()) {
            profiles.put(
                    document.name(),
                    resolve(document, documents::get, new LinkedHashSet<>()).toProfile());
        }
        return profiles;
    }

    private static ProfileDocument resolve(
            ProfileDocument document, Function<String, ProfileDocument> lookup, Set<String> chain) {
        if (document.parent() == null) {
            return document;
        }
        chain.add(document.name());
        if (chain.contains(document.parent())) {
            throw new InvalidProfileException(
                    document.source(),
                    "extends forms a cycle: " + String.join(" → ", chain) + " → " + document.parent());
        }
        ProfileDocument base = lookup.apply(document.parent());
        if (base == null) {
            throw new InvalidProfileException(
                    document.source(), "extends '" + document.parent() + "', but there is no profile of that name");
        }
        return document.over(resolve(base, lookup, chain));
    }

    private static ProfileDocument read(Path file) {
        String fileName = file.getFileName().toString();
        try {
            return ProfileDocument.parse(
                    nameOf(fileName), file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InvalidProfileException(file.toString(), "cannot be read: " + e.getMessage(), e);
        }
    }

    private static String nameOf(String fileName) {
        return fileName.endsWith(SUFFIX) ? fileName.substring(0, fileName.length() - SUFFIX.length()) : fileName;
    }

    private static Map<String, ProfileDocument> builtInDocuments() {
        Map<String, ProfileDocument> documents = new TreeMap<>();
        for (String fileName : builtInFileNames()) {
            String resource = BUILT_IN_FOLDER + fileName;
            try (InputStream in = ScannerProfiles.class.getResourceAsStream("/" + resource)) {
                if (in == null) {
                    throw new IllegalStateException("built-in profile vanished: " + resource);
                }
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                documents.put(nameOf(fileName), ProfileDocument.parse(nameOf(fileName), resource, text));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read built-in profile " + resource, e);
            }
        }
        return documents;
    }

    /**
     * Lists the folder that holds {@code default.yml} in this module's own jar or class folder; anchoring
     * on that file keeps another jar's {@code profiles/} folder out of the list.
     */
    private static List<String> builtInFileNames() {
        URL anchor = ScannerProfiles.class.getResource(ANCHOR);
        if (anchor == null) {
            throw new IllegalStateException("built-in profiles missing from the class path: " + ANCHOR);
        }
        try {
            if (anchor.getProtocol().equals("file")) {
                try (Stream<Path> files = Files.list(Path.of(anchor.toURI()).getParent())) {
                    return files.map(f -> f.getFileName().toString())
                            .filter(n -> n.endsWith(SUFFIX))
                            .toList();
                }
            }
            URLConnection connection = anchor.openConnection();
            if (connection instanceof JarURLConnection jar) {
                jar.setUseCaches(false);
                try (JarFile file = jar.getJarFile()) {
                    return yamlEntries(file);
                }
            }
            throw new IllegalStateException("cannot list built-in profiles at " + anchor);
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list built-in profiles at " + anchor, e);
        }
    }

    private static List<String> yamlEntries(JarFile file) {
        List<String> names = new ArrayList<>();
        Enumeration<JarEntry> entries = file.entries();
        while (entries.hasMoreElements()) {
            String entry = entries.nextElement().getName();
            String rest = entry.startsWith(BUILT_IN_FOLDER) ? entry.substring(BUILT_IN_FOLDER.length()) : "";
            if (rest.endsWith(SUFFIX) && !rest.contains("/")) {
                names.add(rest);
            }
        }
        return names;
    }
}
