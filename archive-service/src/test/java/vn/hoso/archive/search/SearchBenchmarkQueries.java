package vn.hoso.archive.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import vn.hoso.archive.access.Confidentiality;
import vn.hoso.archive.search.internal.IndexSchema;
import vn.hoso.archive.search.internal.Terms;

/**
 * The mixed query set of the search benchmark, in equal shares of six kinds of request an officer makes, each
 * written from a real dossier of the synthetic archive so it finds something. Each query also names the one index
 * term it comes down to, for the bare-Lucene baseline.
 */
final class SearchBenchmarkQueries {

    /** What the officer types or picks. */
    enum Kind {
        /** A full name typed without diacritics: "nguyen van thuong". */
        FOLDED_NAME,
        /** A name or a form's wording in double quotes. */
        PHRASE,
        /** {@code ho ten:} and {@code tinh:} with the category picked from the facet list. */
        FIELDED_FACET,
        /** A few words as they come to mind: name, battle, place, year. */
        FREE_TEXT,
        /** {@code nam sinh:} a range of years and {@code que quan:} a district. */
        BIRTH_YEARS,
        /** A dossier code, a code prefix or a decision number. */
        CODE
    }

    /**
     * One benchmark query.
     *
     * @param baseline the single term the query comes down to, for a bare {@link TermQuery} on the same index
     */
    record Query(Kind kind, String text, SearchFilters filters, TermQuery baseline) {

        SearchQuery forApi(Confidentiality clearance) {
            return new SearchQuery(text, filters, SearchSort.RELEVANCE, 0, PAGE_SIZE, clearance);
        }

        /** The same request as the search UI sends it. */
        String httpQueryString() {
            StringBuilder query = new StringBuilder("q=")
                    .append(encode(text))
                    .append("&size=")
                    .append(PAGE_SIZE);
            if (filters.category() != null) {
                query.append("&category=").append(encode(filters.category()));
            }
            if (filters.status() != null) {
                query.append("&status=").append(encode(filters.status()));
            }
            return query.toString();
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }

    /** Hits per result page, as the search UI asks. */
    static final int PAGE_SIZE = 20;

    /** Wordings of the form every dossier opens with ({@link SyntheticPages}), so each phrase query has its dossier. */
    private static final List<String> FORM_PHRASES = List.of(
            "giấy báo tử",
            "trân trọng báo tin",
            "chiến đấu bảo vệ Tổ quốc",
            "đã hy sinh",
            "quân đội nhân dân",
            "nhiệm vụ chiến đấu");

    private SearchBenchmarkQueries() {}

    /**
     * {@code count} queries, the kinds taking turns, each written from a dossier visible at {@code clearance} picked
     * at random with {@code seed}, so every query has at least that dossier to find.
     */
    static List<Query> of(SyntheticArchive archive, int count, long seed, Confidentiality clearance) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Query> queries = new ArrayList<>(count);
        Kind[] kinds = Kind.values();
        while (queries.size() < count) {
            SyntheticArchive.Person person = archive.person(random.nextInt(archive.dossierCount()));
            if (person.confidentiality().compareTo(clearance) <= 0) {
                queries.add(query(kinds[queries.size() % kinds.length], person, random));
            }
        }
        return queries;
    }

    private static Query query(Kind kind, SyntheticArchive.Person person, SplittableRandom random) {
        List<String> name = Terms.folded(person.fullName());
        String given = name.getLast();
        String district = person.hometown().district();
        return switch (kind) {
            case FOLDED_NAME ->
                new Query(
                        kind,
                        String.join(" ", name),
                        SearchFilters.NONE,
                        term(IndexSchema.folded(IndexSchema.NAME), given));
            case PHRASE ->
                random.nextBoolean()
                        ? new Query(
                                kind,
                                '"' + person.fullName() + '"',
                                SearchFilters.NONE,
                                term(IndexSchema.folded(IndexSchema.ALL_PAGES), given))
                        : phrase(SyntheticNames.pick(random, FORM_PHRASES), district);
            case FIELDED_FACET ->
                new Query(
                        kind,
                        "ho ten: " + String.join(" ", name) + ", tinh: "
                                + person.hometown().province(),
                        SearchFilters.builder().category(person.category()).build(),
                        term(IndexSchema.folded(IndexSchema.NAME), given));
            case FREE_TEXT ->
                new Query(
                        kind,
                        given + " " + Terms.folded(person.eventPlace()).getFirst() + " "
                                + person.eventDate().getYear(),
                        SearchFilters.NONE,
                        term(IndexSchema.folded(IndexSchema.ALL_PAGES), given));
            case BIRTH_YEARS ->
                new Query(
                        kind,
                        "nam sinh: %d-%d que quan: %s"
                                .formatted(person.birthYear() - 2, person.birthYear() + 2, district),
                        SearchFilters.NONE,
                        term(IndexSchema.BIRTH_YEAR, Integer.toString(person.birthYear())));
            case CODE -> code(person, random.nextInt(3));
        };
    }

    /** A quoted form wording, then the district as plain words. */
    private static Query phrase(String wording, String district) {
        return new Query(
                Kind.PHRASE,
                '"' + wording + "\" " + district,
                SearchFilters.NONE,
                term(
                        IndexSchema.folded(IndexSchema.ALL_PAGES),
                        Terms.folded(wording).getLast()));
    }

    private static Query code(SyntheticArchive.Person person, int variant) {
        return switch (variant) {
            case 0 ->
                new Query(Kind.CODE, "ma: " + person.code(), SearchFilters.NONE, term(IndexSchema.CODE, person.code()));
            case 1 ->
                new Query(
                        Kind.CODE,
                        "ma: " + person.code().substring(0, person.code().length() - 3) + "*",
                        SearchFilters.NONE,
                        term(IndexSchema.CODE, person.code()));
            default ->
                new Query(
                        Kind.CODE,
                        "so qd: " + person.decision(),
                        SearchFilters.NONE,
                        term(IndexSchema.DECISION_KEYS, Terms.key(person.decision())));
        };
    }

    private static TermQuery term(String field, String text) {
        return new TermQuery(new Term(field, text));
    }
}
