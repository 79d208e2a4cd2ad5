package vn.hoso.archive.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataFormatImpl;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class SamplePagesTest {

    @Test
    void tiffStatesTheResolutionThePagesWereRenderedAt() throws Exception {
        byte[] tiff = SamplePages.tiff(
                List.of(SamplePages.render(List.of("Họ và tên"), 1), SamplePages.render(List.of("Sinh năm"), 2)));

        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(tiff))) {
            ImageReader reader = ImageIO.getImageReaders(input).next();
            reader.setInput(input);
            assertThat(reader.getNumImages(true)).isEqualTo(2);
            Element root =
                    (Element) reader.getImageMetadata(1).getAsTree(IIOMetadataFormatImpl.standardMetadataFormatName);
            Element size =
                    (Element) root.getElementsByTagName("HorizontalPixelSize").item(0);
            assertThat(Double.parseDouble(size.getAttribute("value"))).isCloseTo(25.4 / SamplePages.DPI, within(1e-3));
        }
    }
}
