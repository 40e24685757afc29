package se.vinr.reports.charts;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes a chart's RGB pixels as a PNG (8 bits a channel, no filter, Deflate at its fastest level). A
 * chart is large flat areas of a few colours, which Deflate alone compresses well: ImageIO's writer
 * tried five filters on every row and compressed harder, and at 1,600 × 900 pixels took about 30 ms a
 * picture against about 9 ms here, for files about a fifth larger; a report has two pictures per chart,
 * the demo ten reports of 15 to 20 charts. The bytes depend only on the pixels.
 *
 * <p>A chart's two pictures (with and without its caption) are the same down to where the caption
 * starts, so {@link #encode(BufferedImage, BufferedImage)} compresses the rows they begin with once: the
 * Deflate stream of those rows ends on a byte boundary (a sync flush) and each picture's own rows follow
 * it as blocks of their own, which is a valid stream for either picture.
 */
final class PngEncoder {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    /** zlib's header for Deflate with a 32 KB window and the fastest level, as RFC 1950 spells it. */
    private static final byte[] ZLIB_HEADER = {0x78, 0x01};
    private static final int RGB = 2;
    private static final int NO_FILTER = 0;

    private PngEncoder() {
    }

    /**
     * The PNGs of two images of type {@link BufferedImage#TYPE_INT_RGB} (the type the charts are drawn on),
     * in that order, sharing the compression of the rows both begin with.
     */
    static List<byte[]> encode(BufferedImage first, BufferedImage second) {
        int[] a = pixels(first);
        int[] b = pixels(second);
        int width = first.getWidth();
        int common = 0;
        if (second.getWidth() == width) {
            int rows = Math.min(first.getHeight(), second.getHeight());
            while (common < rows && Arrays.equals(a, common * width, (common + 1) * width,
                    b, common * width, (common + 1) * width)) {
                common++;
            }
        }
        byte[] shared = common == 0 ? new byte[0] : deflate(a, width, 0, common, false);
        byte[] firstPng = png(first, a, shared, common);
        return List.of(firstPng, png(second, b, shared, common));
    }

    private static int[] pixels(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_INT_RGB
                || !(image.getSampleModel() instanceof SinglePixelPackedSampleModel model)
                || model.getScanlineStride() != image.getWidth()) {
            throw new IllegalArgumentException("only an unshared TYPE_INT_RGB image is encoded here");
        }
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }

    private static byte[] png(BufferedImage image, int[] pixels, byte[] shared, int sharedRows) {
        int width = image.getWidth();
        int height = image.getHeight();
        try {
            ByteArrayOutputStream zlib = new ByteArrayOutputStream(width * height / 8);
            zlib.write(ZLIB_HEADER);
            zlib.write(shared);
            zlib.write(deflate(pixels, width, sharedRows, height, true));
            new DataOutputStream(zlib).writeInt((int) adler(pixels, width, height));
            ByteArrayOutputStream png = new ByteArrayOutputStream(zlib.size() + 64);
            png.write(SIGNATURE);
            ByteArrayOutputStream header = new ByteArrayOutputStream(13);
            DataOutputStream fields = new DataOutputStream(header);
            fields.writeInt(width);
            fields.writeInt(height);
            fields.write(new byte[] {8, RGB, 0, 0, 0});
            chunk(png, "IHDR", header.toByteArray());
            chunk(png, "IDAT", zlib.toByteArray());
            chunk(png, "IEND", new byte[0]);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode a chart as PNG in memory", e);
        }
    }

    /**
     * Raw Deflate of rows {@code from} (inclusive) to {@code to}, each a filter byte and its RGB bytes:
     * ended by the final block when {@code last}, else by a sync flush that leaves the stream open.
     */
    private static byte[] deflate(int[] pixels, int width, int from, int to, boolean last) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, (to - from) * width / 2));
        byte[] buffer = new byte[1 << 16];
        try {
            byte[] row = new byte[1 + 3 * width];
            for (int y = from; y < to; y++) {
                pack(pixels, width, y, row);
                deflater.setInput(row);
                while (!deflater.needsInput()) {
                    out.write(buffer, 0, deflater.deflate(buffer, 0, buffer.length, Deflater.NO_FLUSH));
                }
            }
            if (last) {
                deflater.finish();
                while (!deflater.finished()) {
                    out.write(buffer, 0, deflater.deflate(buffer));
                }
            } else {
                int written;
                do {
                    written = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
                    out.write(buffer, 0, written);
                } while (written == buffer.length);
            }
        } finally {
            deflater.end();
        }
        return out.toByteArray();
    }

    /** zlib's checksum of every row as the stream carries it. */
    private static long adler(int[] pixels, int width, int height) {
        Adler32 adler = new Adler32();
        byte[] row = new byte[1 + 3 * width];
        for (int y = 0; y < height; y++) {
            pack(pixels, width, y, row);
            adler.update(row);
        }
        return adler.getValue();
    }

    private static void pack(int[] pixels, int width, int y, byte[] row) {
        row[0] = NO_FILTER;
        int offset = y * width;
        for (int x = 0, i = 1; x < width; x++) {
            int pixel = pixels[offset + x];
            row[i++] = (byte) (pixel >>> 16);
            row[i++] = (byte) (pixel >>> 8);
            row[i++] = (byte) pixel;
        }
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        DataOutputStream out = new DataOutputStream(png);
        out.writeInt(data.length);
        out.write(name);
        out.write(data);
        out.writeInt((int) crc.getValue());
    }
}
