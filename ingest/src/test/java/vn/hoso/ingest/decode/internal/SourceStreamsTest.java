package vn.hoso.ingest.decode.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import org.apache.pdfbox.io.RandomAccessRead;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SourceStreamsTest {

    /** 5,000 bytes whose value at every position is known: the low byte of the position's index. */
    private static byte[] counting() {
        byte[] bytes = new byte[5000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        return bytes;
    }

    @Nested
    class ImageStream {

        @Test
        void fieldStraddlingABlockBoundaryIsReadWhole() throws IOException {
            byte[] bytes = counting();
            try (SourceImageInputStream input = new SourceImageInputStream(ByteSource.of(bytes))) {
                input.seek(1022);

                assertThat(input.readInt())
                        .isEqualTo(ByteBuffer.wrap(bytes, 1022, 4).getInt());
            }
        }

        @Test
        void readingAtTheEndGivesMinusOne() throws IOException {
            try (SourceImageInputStream input = new SourceImageInputStream(ByteSource.of(counting()))) {
                input.seek(4999);

                assertThat(input.read()).isEqualTo(4999 & 0xFF);
                assertThat(input.read()).isEqualTo(-1);
                assertThat(input.read(new byte[10], 0, 10)).isEqualTo(-1);
                assertThat(input.length()).isEqualTo(5000);
            }
        }

        @Test
        void largeReadSpanningCachedAndUncachedBytesIsComplete() throws IOException {
            byte[] bytes = counting();
            try (SourceImageInputStream input = new SourceImageInputStream(ByteSource.of(bytes))) {
                input.seek(1000);
                input.read();
                byte[] into = new byte[3000];

                assertThat(input.read(into, 0, into.length)).isEqualTo(3000);
                assertThat(into[0]).isEqualTo(bytes[1001]);
                assertThat(into[2999]).isEqualTo(bytes[4000]);
            }
        }
    }

    @Nested
    class PdfAccess {

        @Test
        void viewKeepsItsOwnPositionSoTheParentDoesNotMove() throws IOException {
            byte[] bytes = counting();
            try (RandomAccessRead parent = new SourceRandomAccess(ByteSource.of(bytes));
                    RandomAccessRead view = parent.createView(4500, 100)) {
                parent.seek(10);

                assertThat(view.read()).isEqualTo(4500 & 0xFF);
                assertThat(parent.read()).isEqualTo(10);
                assertThat(view.length()).isEqualTo(100);
            }
        }

        @Test
        void seekPastTheEndStopsAtTheEnd() throws IOException {
            try (RandomAccessRead input = new SourceRandomAccess(ByteSource.of(counting()))) {
                input.seek(9000);

                assertThat(input.getPosition()).isEqualTo(5000);
                assertThat(input.isEOF()).isTrue();
                assertThat(input.read()).isEqualTo(-1);
            }
        }
    }
}
