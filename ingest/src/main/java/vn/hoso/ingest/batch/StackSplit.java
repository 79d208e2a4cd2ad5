package vn.hoso.ingest.batch;

import java.util.List;
import java.util.Objects;

/** What a look for separator sheets found in one scanned stack. Page numbers are 0-based frame indexes. */
public sealed interface StackSplit permits StackSplit.Unseparated, StackSplit.Separated, StackSplit.Unsplittable {

    /**
     * Pages as a clerk counts them, from 1: {@code 3–7}, or {@code 4} for one page.
     *
     * @param pages 0-based, ascending, not empty
     */
    static String pageRange(List<Integer> pages) {
        int first = pages.getFirst() + 1;
        int last = pages.getLast() + 1;
        return first == last ? Integer.toString(first) : first + "–" + last;
    }

    /**
     * No separator sheet: the file belongs to one dossier as it is, and is handed over byte for byte. Also the
     * answer for a file that cannot be read at all; where it goes, it becomes a quarantined page with the reason.
     */
    record Unseparated() implements StackSplit {}

    /**
     * @param leadingPages pages before the first separator, which belong to whatever dossier the file itself
     *     was meant for (its folder); may be empty
     * @param sections the pages after each separator, in stack order; a separator followed directly by another
     *     (or ending the stack) gives no section
     * @param separatorPages the separator sheets, which are not pages of any dossier
     */
    record Separated(List<Integer> leadingPages, List<Section> sections, List<Integer> separatorPages)
            implements StackSplit {
        public Separated {
            leadingPages = List.copyOf(leadingPages);
            sections = List.copyOf(sections);
            separatorPages = List.copyOf(separatorPages);
        }
    }

    /** The stack has separators but cannot be split safely. @param reason in words a clerk can act on */
    record Unsplittable(String reason) implements StackSplit {
        public Unsplittable {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * The pages a separator sheet gives to one dossier.
     *
     * @param code the separator's barcode text, which matched the profile's pattern
     * @param pages never empty, ascending
     */
    record Section(String code, List<Integer> pages) {
        public Section {
            Objects.requireNonNull(code, "code");
            pages = List.copyOf(pages);
            if (pages.isEmpty()) {
                throw new IllegalArgumentException("a section has at least one page");
            }
        }

        /** This section's pages as a clerk counts them, from 1. */
        public String pageRange() {
            return StackSplit.pageRange(pages);
        }
    }
}
