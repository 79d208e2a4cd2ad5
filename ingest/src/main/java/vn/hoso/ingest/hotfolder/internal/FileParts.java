package vn.hoso.ingest.hotfolder.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import vn.hoso.ingest.batch.BatchSplitter;
import vn.hoso.ingest.batch.StackSplit;
import vn.hoso.profiles.ScannerProfile;

/**
 * Decides which dossier each page of a dropped file goes to. A file in a dossier folder goes to that dossier; with
 * a profile that splits by barcode, separator sheets send the pages after them to the dossier they name, and
 * pages before the first separator stay with the folder's dossier. A file directly in the inbox has no dossier of
 * its own, so it is taken only when separators account for every one of its pages.
 */
public final class FileParts {

    /** Pages for one dossier; {@code bytes} makes a section's TIFF only when asked, so one is in memory at a time. */
    public record Part(String dossierCode, String label, Supplier<byte[]> bytes) {}

    /** Every part of the file, in stack order, or why none of it can be taken. */
    public sealed interface Plan permits Parts, Refusal {}

    public record Parts(List<Part> parts) implements Plan {
        public Parts {
            parts = List.copyOf(parts);
        }
    }

    public record Refusal(String reason) implements Plan {}

    private final ScannerProfile profile;
    private final Optional<BatchSplitter> splitter;

    public FileParts(ScannerProfile profile) {
        this.profile = profile;
        this.splitter = profile.batch().separator() == ScannerProfile.Separator.BARCODE
                ? Optional.of(new BatchSplitter(profile))
                : Optional.empty();
    }

    /** @param folderCode the dossier folder the file is in; empty for a file directly in the inbox */
    public Plan plan(String fileName, byte[] bytes, Optional<String> folderCode) {
        StackSplit split = splitter.map(s -> s.split(bytes)).orElseGet(StackSplit.Unseparated::new);
        return switch (split) {
            case StackSplit.Unseparated unseparated ->
                folderCode
                        .<Plan>map(code -> new Parts(List.of(new Part(code, fileName, () -> bytes))))
                        .orElseGet(() -> new Refusal(noDossier()));
            case StackSplit.Unsplittable unsplittable -> new Refusal(unsplittable.reason());
            case StackSplit.Separated separated -> sections(fileName, bytes, separated, folderCode);
        };
    }

    private Plan sections(String fileName, byte[] bytes, StackSplit.Separated split, Optional<String> folderCode) {
        BatchSplitter sections = splitter.orElseThrow();
        List<Part> parts = new ArrayList<>();
        if (!split.leadingPages().isEmpty()) {
            String leading = StackSplit.pageRange(split.leadingPages());
            if (folderCode.isEmpty()) {
                return new Refusal("pages " + leading + " come before the first separator sheet, and a file"
                        + " directly in the inbox belongs to no dossier; put a separator sheet first, or put the"
                        + " file in a folder named by the dossier code. No page of it was taken.");
            }
            parts.add(new Part(
                    folderCode.get(),
                    fileName + " pages " + leading,
                    () -> sections.extract(bytes, split.leadingPages())));
        }
        for (StackSplit.Section section : split.sections()) {
            parts.add(new Part(
                    section.code(),
                    fileName + " pages " + section.pageRange(),
                    () -> sections.extract(bytes, section.pages())));
        }
        return new Parts(parts);
    }

    private String noDossier() {
        return profile.batch().separator() == ScannerProfile.Separator.BARCODE
                ? "no separator sheet was found, and a file directly in the inbox belongs to no dossier; start the"
                        + " stack with a separator sheet, or put the file in a folder named by the dossier code"
                : "a file directly in the inbox belongs to no dossier (profile " + profile.name() + " does not split"
                        + " stacks by barcode); put it in a folder named by the dossier code";
    }
}
