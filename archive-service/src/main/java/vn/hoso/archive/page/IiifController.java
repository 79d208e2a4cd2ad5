package vn.hoso.archive.page;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.hoso.archive.access.Caller;
import vn.hoso.archive.page.internal.ImageRequest;
import vn.hoso.archive.page.internal.PageImages;

/**
 * A page's view derivative as an IIIF Image API 2.1 service (compliance level 1, see {@link ImageRequest}) for the
 * deep-zoom viewer: {@code /api/dossiers/{code}/pages/{seq}/iiif/info.json} and
 * {@code …/iiif/{region}/{size}/{rotation}/{quality}.{format}}. Every request reads the view through
 * {@link PageReader#view}, the same access-checked path as {@code /view}: a dossier above the caller's clearance
 * answers 404 for its tiles as for everything else, and a watermarked view is cut into watermarked tiles.
 *
 * <p>Answers are {@code private, no-cache} with an ETag from the view's SHA-256, so a browser revalidates each tile
 * (a shared browser must not show one user's cached tiles to the next) and gets a cheap 304 when nothing changed.
 * No CORS headers: the archive's images are not for other sites.
 */
@RestController
class IiifController {

    private static final String BASE = "/api/dossiers/{code}/pages/{seq}/iiif";
    private static final int TILE = 512;
    private static final CacheControl REVALIDATE = CacheControl.noCache().cachePrivate();

    private final PageReader pages;
    private final PageImages images = new PageImages();

    IiifController(PageReader pages) {
        this.pages = pages;
    }

    /** The IIIF image information document; field names as the IIIF Image API 2.1 requires. */
    record Info(
            @JsonProperty("@context") String context,
            @JsonProperty("@id") String id,
            String protocol,
            int width,
            int height,
            List<Tiles> tiles,
            List<Object> profile) {}

    record Tiles(int width, List<Integer> scaleFactors) {}

    @GetMapping(BASE)
    ResponseEntity<Void> base(@PathVariable String code, @PathVariable int seq, Caller caller) {
        // Even the redirect answers 404 for a page the caller may not see, like every URL under its dossier.
        pages.check(code, seq, caller);
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .location(URI.create(serviceId(code, seq) + "/info.json"))
                .build();
    }

    @GetMapping(BASE + "/info.json")
    ResponseEntity<Info> info(@PathVariable String code, @PathVariable int seq, Caller caller, WebRequest request) {
        byte[] view = pages.view(code, seq, caller);
        String digest = PageImages.digest(view);
        if (request.checkNotModified(etag(digest, "info"))) {
            return null;
        }
        PageImages.Source source = images.describe(digest, view);
        Info info = new Info(
                "http://iiif.io/api/image/2/context.json",
                serviceId(code, seq),
                "http://iiif.io/api/image",
                source.width(),
                source.height(),
                List.of(new Tiles(TILE, scaleFactors(source))),
                List.of(
                        "http://iiif.io/api/image/2/level1.json",
                        Map.of(
                                "formats", List.of("jpg"),
                                "qualities", List.of("default", "color"),
                                "maxWidth", ImageRequest.MAX_SIDE,
                                "maxHeight", ImageRequest.MAX_SIDE,
                                "supports",
                                        List.of(
                                                "regionByPx",
                                                "regionByPct",
                                                "regionSquare",
                                                "sizeByW",
                                                "sizeByH",
                                                "sizeByPct",
                                                "sizeByWh",
                                                "sizeByConfinedWh",
                                                "sizeByForcedWh"))));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .cacheControl(REVALIDATE)
                .body(info);
    }

    @GetMapping(BASE + "/{region}/{size}/{rotation}/{quality}.{format}")
    ResponseEntity<byte[]> image(
            @PathVariable String code,
            @PathVariable int seq,
            @PathVariable String region,
            @PathVariable String size,
            @PathVariable String rotation,
            @PathVariable String quality,
            @PathVariable String format,
            Caller caller,
            WebRequest request) {
        ImageRequest asked = ImageRequest.parse(region, size, rotation, quality, format);
        byte[] view = pages.view(code, seq, caller);
        String digest = PageImages.digest(view);
        if (request.checkNotModified(etag(digest, region + "/" + size))) {
            return null;
        }
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_JPEG)
                .cacheControl(REVALIDATE)
                .body(images.render(digest, view, asked));
    }

    /** Powers of two until the whole page fits one tile, so the viewer's most zoomed-out level is a single request. */
    private static List<Integer> scaleFactors(PageImages.Source source) {
        List<Integer> factors = new ArrayList<>();
        int longest = Math.max(source.width(), source.height());
        for (int factor = 1; ; factor *= 2) {
            factors.add(factor);
            if (Math.ceil((double) longest / factor) <= TILE) {
                return factors;
            }
        }
    }

    private static String etag(String digest, String what) {
        return "\"" + digest.substring(0, 32) + "-" + what + "\"";
    }

    private static String serviceId(String code, int seq) {
        return ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/dossiers/{code}/pages/{seq}/iiif")
                .buildAndExpand(code, seq)
                .encode()
                .toUriString();
    }
}
