package vn.hoso.archive.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import vn.hoso.archive.access.Confidentiality;
import vn.hoso.archive.search.SyntheticNames.Commune;

/**
 * A generated archive of dossiers of people with meritorious service, for the search benchmark: {@code dossiers}
 * dossiers holding exactly {@code pages} pages between them (page counts vary from half to one and a half times the
 * mean), each page about 1.5 KB of typed-form Vietnamese ({@link SyntheticPages}). Every dossier and page is a pure
 * function of the seed and its number, so the archive is never held in memory: any part can be generated again, by
 * any thread, in any order.
 */
final class SyntheticArchive {

    /** One dossier's description, before its pages are written out. */
    record Person(
            int number,
            String code,
            String fullName,
            String otherName,
            boolean female,
            int birthYear,
            Commune hometown,
            String category,
            String status,
            Confidentiality confidentiality,
            String decision,
            LocalDate decisionDate,
            String unit,
            String eventPlace,
            LocalDate eventDate,
            String relative,
            String relation,
            String citizenId) {}

    private static final List<String> CATEGORIES = List.of(
            "MARTYR",
            "MARTYR",
            "MARTYR",
            "MARTYR",
            "MARTYR",
            "MARTYR",
            "MARTYR",
            "MARTYR",
            "MARTYR",
            "WAR_INVALID",
            "WAR_INVALID",
            "WAR_INVALID",
            "WAR_INVALID",
            "WAR_INVALID",
            "SICK_SOLDIER",
            "SICK_SOLDIER",
            "AGENT_ORANGE",
            "RESISTANCE_PARTICIPANT",
            "CAPTURED_AND_IMPRISONED",
            "HEROIC_MOTHER");
    private static final List<String> ISSUERS = List.of("UBND", "UBND", "LĐTBXH", "BQP", "CCS", "TTg");

    private final long seed;
    private final int[] pageCounts;
    private final long pages;

    SyntheticArchive(long seed, int dossiers, long pages) {
        if (dossiers < 1 || pages < dossiers) {
            throw new IllegalArgumentException("need at least one dossier and one page per dossier, got " + dossiers
                    + " dossiers and " + pages + " pages");
        }
        this.seed = seed;
        this.pages = pages;
        this.pageCounts = pageCounts(new SplittableRandom(seed), dossiers, pages);
    }

    int dossierCount() {
        return pageCounts.length;
    }

    long pageCount() {
        return pages;
    }

    int pagesOf(int number) {
        return pageCounts[number];
    }

    /** The dossiers numbered {@code number ≡ slice (mod slices)}: one share of the archive for one writer thread. */
    Stream<IndexedDossier> slice(int slice, int slices) {
        return IntStream.iterate(slice, number -> number < pageCounts.length, number -> number + slices)
                .mapToObj(this::indexed);
    }

    IndexedDossier indexed(int number) {
        Person person = person(number);
        SyntheticPages pageTexts = new SyntheticPages(person, random(number, -1));
        List<IndexedPage> texts = new ArrayList<>(pageCounts[number]);
        for (int seq = 1; seq <= pageCounts[number]; seq++) {
            texts.add(new IndexedPage(seq, pageTexts.page(seq, pageCounts[number])));
        }
        Commune place = person.hometown();
        return IndexedDossier.builder(person.code(), person.confidentiality())
                .title("Hồ sơ " + SyntheticPages.categoryName(person.category()).toLowerCase(java.util.Locale.ROOT)
                        + " " + person.fullName())
                .category(person.category(), SyntheticPages.categoryName(person.category()))
                .status(person.status(), SyntheticPages.statusName(person.status()))
                .fullName(person.fullName())
                .otherNames(person.otherName() == null ? List.of() : List.of(person.otherName()))
                .gender(person.female() ? "Nữ" : "Nam")
                .birthYear(person.birthYear())
                .citizenId(person.citizenId())
                .hometown(place.written(), place.province(), place.district(), place.commune())
                .decisionNumbers(List.of(person.decision()))
                .documentTypes(SyntheticPages.documentTypes(person.category()))
                .dates(List.of(person.decisionDate(), person.eventDate()))
                .version(1)
                .pages(texts)
                .build();
    }

    Person person(int number) {
        SplittableRandom random = random(number, 0);
        String category = SyntheticNames.pick(random, CATEGORIES);
        boolean female = category.equals("HEROIC_MOTHER") || random.nextInt(8) == 0;
        String fullName = SyntheticNames.fullName(random, female);
        Commune hometown = SyntheticNames.commune(random);
        int birthYear = category.equals("HEROIC_MOTHER") ? 1880 + random.nextInt(45) : 1920 + random.nextInt(42);
        String code = "%s-%s-%06d".formatted(provinceCode(hometown.province()), categoryCode(category), number + 1);
        String issuer = SyntheticNames.pick(random, ISSUERS);
        String decision = "%d/QĐ-%s".formatted(1 + random.nextInt(9999), issuer);
        LocalDate eventDate = day(random, Math.max(birthYear + 17, 1946), Math.max(birthYear + 20, 1989));
        return new Person(
                number,
                code,
                fullName,
                random.nextInt(6) == 0 ? SyntheticNames.fullName(random, female) : null,
                female,
                birthYear,
                hometown,
                category,
                random.nextInt(10) < 8 ? "ARCHIVED" : random.nextBoolean() ? "IN_REVIEW" : "DRAFT",
                confidentiality(random),
                decision,
                day(random, 1976, 2024),
                SyntheticPages.unit(random),
                SyntheticPages.battlefield(random),
                eventDate,
                SyntheticNames.fullName(random, random.nextBoolean()),
                SyntheticPages.relation(random),
                random.nextInt(4) == 0
                        ? "0%02d%09d".formatted(1 + random.nextInt(96), random.nextInt(1_000_000_000))
                        : null);
    }

    private SplittableRandom random(int number, int stream) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + number * 1_000_003L + stream);
    }

    private static Confidentiality confidentiality(SplittableRandom random) {
        int roll = random.nextInt(100);
        return roll < 85
                ? Confidentiality.UNCLASSIFIED
                : roll < 95
                        ? Confidentiality.CONFIDENTIAL
                        : roll < 99 ? Confidentiality.SECRET : Confidentiality.TOP_SECRET;
    }

    static LocalDate day(SplittableRandom random, int fromYear, int toYear) {
        return LocalDate.of(
                fromYear + random.nextInt(toYear - fromYear + 1), 1 + random.nextInt(12), 1 + random.nextInt(28));
    }

    /** Random page counts around the mean, adjusted so they sum to exactly {@code pages}, at least one each. */
    private static int[] pageCounts(SplittableRandom random, int dossiers, long pages) {
        double mean = (double) pages / dossiers;
        double[] weights = new double[dossiers];
        double sum = 0;
        for (int i = 0; i < dossiers; i++) {
            weights[i] = 0.5 + random.nextDouble();
            sum += weights[i];
        }
        int[] counts = new int[dossiers];
        long given = 0;
        for (int i = 0; i < dossiers; i++) {
            counts[i] = (int) Math.max(1, Math.floor(weights[i] / sum * dossiers * mean));
            given += counts[i];
        }
        for (int i = 0; given != pages; i = (i + 1) % dossiers) {
            int step = given < pages ? 1 : counts[i] > 1 ? -1 : 0;
            counts[i] += step;
            given += step;
        }
        return counts;
    }

    private static String provinceCode(String province) {
        StringBuilder code = new StringBuilder();
        for (String word : java.text.Normalizer.normalize(province, java.text.Normalizer.Form.NFD)
                .split(" ")) {
            code.append(Character.toUpperCase(word.charAt(0)));
        }
        return code.toString().replace('Đ', 'D');
    }

    private static String categoryCode(String category) {
        return switch (category) {
            case "MARTYR" -> "LS";
            case "WAR_INVALID" -> "TB";
            case "SICK_SOLDIER" -> "BB";
            case "HEROIC_MOTHER" -> "BM";
            case "AGENT_ORANGE" -> "CD";
            case "CAPTURED_AND_IMPRISONED" -> "TD";
            default -> "KC";
        };
    }
}
