package vn.hoso.archive.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Page texts of the fixture archive, written like the typed forms of real dossiers, and the damage OCR does to old
 * typewritten pages: dropped or wrong diacritics, tones moved, broken letters ("rn" for "m", "l" for "i").
 */
final class FixturePages {

    private static final Locale VIETNAMESE = Locale.of("vi");

    private FixturePages() {}

    static String deathNotice(FixtureDossier d) {
        return """
                QUÂN ĐỘI NHÂN DÂN VIỆT NAM
                GIẤY BÁO TỬ
                %s trân trọng báo tin:
                Đồng chí: %s   Sinh năm: %d
                Quê quán: %s
                Nhập ngũ: tháng %d năm %d   Cấp bậc: %s   Chức vụ: %s
                Đã hy sinh ngày %s tại %s
                trong khi làm nhiệm vụ chiến đấu bảo vệ Tổ quốc.
                Thi hài được an táng tại nghĩa trang liệt sĩ.
                """.formatted(
                        d.unit(),
                        d.fullName().toUpperCase(VIETNAMESE),
                        d.birthYear(),
                        d.hometown(),
                        d.birthYear() % 12 + 1,
                        d.birthYear() + 18,
                        d.rank(),
                        d.role(),
                        d.eventDate(),
                        d.eventPlace());
    }

    static String relativeDeclaration(FixtureDossier d) {
        return """
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                BẢN KHAI THÂN NHÂN
                Họ và tên người khai: %s   Quan hệ: %s
                Họ và tên người có công: %s   Năm sinh: %d
                Nguyên quán: %s
                Tôi xin cam đoan những lời khai trên là đúng sự thật.
                """.formatted(d.relative(), d.relation(), d.fullName(), d.birthYear(), d.hometown());
    }

    static String decision(FixtureDossier d, String number, String subject) {
        return """
                ỦY BAN NHÂN DÂN TỈNH %s
                Số: %s
                QUYẾT ĐỊNH
                Về việc %s
                Căn cứ Pháp lệnh Ưu đãi người có công với cách mạng;
                Điều 1. Công nhận %s %s, sinh năm %d, quê quán %s.
                Điều 2. Chánh Văn phòng, Giám đốc Sở Lao động - Thương binh và Xã hội chịu trách nhiệm thi hành.
                """.formatted(
                        d.province().toUpperCase(VIETNAMESE),
                        number,
                        subject,
                        d.isFemale() ? "bà" : "ông",
                        d.fullName(),
                        d.birthYear(),
                        d.hometown());
    }

    static String injuryCertificate(FixtureDossier d) {
        return """
                GIẤY CHỨNG NHẬN BỊ THƯƠNG
                Chứng nhận đồng chí %s, sinh năm %d, đơn vị %s
                Bị thương ngày %s tại %s
                Vết thương: mảnh đạn phần mềm, tỷ lệ tổn thương cơ thể %d%%.
                """.formatted(
                        d.fullName(), d.birthYear(), d.unit(), d.eventDate(), d.eventPlace(), 21 + d.birthYear() % 60);
    }

    static String medicalAssessment(FixtureDossier d) {
        return """
                BIÊN BẢN GIÁM ĐỊNH Y KHOA
                Hội đồng Giám định y khoa tỉnh %s đã khám cho: %s   Năm sinh: %d
                Quê quán: %s
                Kết luận: %s. Tỷ lệ suy giảm khả năng lao động: %d%%.
                """.formatted(
                d.province(), d.fullName(), d.birthYear(), d.hometown(), d.eventPlace(), 41 + d.birthYear() % 40);
    }

    static String confirmation(FixtureDossier d) {
        return """
                GIẤY XÁC NHẬN
                Ủy ban nhân dân %s xác nhận: %s, sinh năm %d,
                đã tham gia %s từ ngày %s. Người thân: %s (%s).
                """.formatted(
                d.commune(), d.fullName(), d.birthYear(), d.eventPlace(), d.eventDate(), d.relative(), d.relation());
    }

    static String curriculumVitae(FixtureDossier d) {
        return """
                LÝ LỊCH
                Họ và tên khai sinh: %s   Bí danh: %s
                Sinh năm: %d   Quê quán: %s
                Đơn vị: %s
                """.formatted(d.fullName(), String.join(", ", d.otherNames()), d.birthYear(), d.hometown(), d.unit());
    }

    /**
     * The page as an OCR of a faded typewritten copy reads it: about a third of the words lose or change their
     * diacritics, and a few letters break. Seeded, so the same page always breaks the same way.
     */
    static String damaged(String text, long seed) {
        Random random = new Random(seed);
        List<String> words = new ArrayList<>();
        for (String word : text.split(" ", -1)) {
            double roll = random.nextDouble();
            if (roll < 0.2) {
                word = withoutDiacritics(word);
            } else if (roll < 0.32) {
                word = wrongTone(word, random);
            } else if (roll < 0.37) {
                word = brokenLetters(word);
            }
            words.add(word);
        }
        return String.join(" ", words);
    }

    static String withoutDiacritics(String word) {
        String stripped = Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return Normalizer.normalize(stripped.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFC);
    }

    /** Replaces the tone mark of the word with another one, as a faded mark is misread. */
    private static String wrongTone(String word, Random random) {
        String tones = "\u0300\u0301\u0309\u0303\u0323";
        String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder();
        for (char c : decomposed.toCharArray()) {
            out.append(tones.indexOf(c) >= 0 ? tones.charAt(random.nextInt(tones.length())) : c);
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    private static String brokenLetters(String word) {
        if (word.contains("m")) {
            return word.replaceFirst("m", "rn");
        }
        if (word.contains("i")) {
            return word.replaceFirst("i", "l");
        }
        return word.replaceFirst("ư", "u'");
    }
}
