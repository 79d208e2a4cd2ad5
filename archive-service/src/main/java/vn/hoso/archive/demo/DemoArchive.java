package vn.hoso.archive.demo;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.hoso.archive.access.Caller;
import vn.hoso.archive.access.Confidentiality;
import vn.hoso.archive.access.DemoUsers;
import vn.hoso.archive.access.Role;
import vn.hoso.archive.dossier.Dossiers;
import vn.hoso.archive.page.PageIntake;

/**
 * Demo mode: loads the sample dossiers through the same intake clerks use (so their pages are really recognised),
 * once per data folder, and prints where the archive answers and who can sign in.
 */
@Component
@ConditionalOnBooleanProperty("hoso.demo")
class DemoArchive {

    private static final Logger log = LoggerFactory.getLogger(DemoArchive.class);
    private static final Caller LOADER = new Caller("demo-loader", Set.of(Role.CLERK), Confidentiality.TOP_SECRET);

    private final Dossiers dossiers;
    private final PageIntake intake;
    private int port;

    DemoArchive(Dossiers dossiers, PageIntake intake) {
        this.dossiers = dossiers;
        this.intake = intake;
    }

    @EventListener
    void onServer(WebServerInitializedEvent event) {
        port = event.getWebServer().getPort();
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        int loaded = 0;
        for (DemoDossiers.Sample sample : DemoDossiers.all()) {
            if (dossiers.find(sample.dossier().code()).isEmpty()) {
                dossiers.create(sample.dossier(), LOADER);
                intake.receive(sample.dossier().code(), List.of(file(sample)), LOADER);
                loaded++;
            }
        }
        StringBuilder banner = new StringBuilder("\n\n  Hồ sơ số đang chạy (chế độ demo): http://localhost:")
                .append(port)
                .append("/\n  ")
                .append(loaded)
                .append(" hồ sơ mẫu đang được nhận dạng; các trang sẽ tìm được sau khoảng một phút.\n")
                .append("  Tài khoản demo:\n");
        DemoUsers.describe().forEach(line -> banner.append("    ").append(line).append('\n'));
        log.info(banner.toString());
    }

    private static PageIntake.Received file(DemoDossiers.Sample sample) {
        List<BufferedImage> pages = sample.pages().stream()
                .map(lines -> SamplePages.render(lines, sample.dossier().code().hashCode()))
                .toList();
        String code = sample.dossier().code();
        return switch (sample.format()) {
            case "tiff" -> new PageIntake.Received(code + ".tif", "image/tiff", SamplePages.tiff(pages));
            case "pdf" -> new PageIntake.Received(code + ".pdf", "application/pdf", SamplePages.pdf(pages));
            case "jpeg" -> new PageIntake.Received(code + ".jpg", "image/jpeg", SamplePages.jpeg(pages.getFirst()));
            default -> new PageIntake.Received(code + ".png", "image/png", SamplePages.png(pages.getFirst()));
        };
    }
}
