package se.vinr.reports.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class PngEncoderTest {

    @Test
    void aStandardDecoderReadsBackEveryPixelOfBothPicturesAsDrawn() throws IOException {
        BufferedImage withCaption = drawing(301, 157, "Källa: Socialstyrelsen");
        BufferedImage withoutCaption = drawing(301, 131, "Not");

        List<byte[]> pngs = PngEncoder.encode(withCaption, withoutCaption);

        assertDecodesTo(pngs.get(0), withCaption);
        assertDecodesTo(pngs.get(1), withoutCaption);
    }

    @Test
    void picturesOfDifferentWidthsWithNothingInCommonOrOneTheTopOfTheOtherAreEachTheirOwn() throws IOException {
        BufferedImage wide = drawing(320, 90, "a");
        BufferedImage narrow = drawing(200, 90, "b");
        BufferedImage inverted = drawing(320, 90, "a");
        inverted.setRGB(0, 0, ~inverted.getRGB(0, 0));

        List<byte[]> widths = PngEncoder.encode(wide, narrow);
        List<byte[]> nothingShared = PngEncoder.encode(wide, inverted);
        BufferedImage top = drawing(320, 60, "");
        List<byte[]> topOfTheOther = PngEncoder.encode(wide, top);

        assertDecodesTo(widths.get(0), wide);
        assertDecodesTo(widths.get(1), narrow);
        assertDecodesTo(nothingShared.get(0), wide);
        assertDecodesTo(nothingShared.get(1), inverted);
        assertDecodesTo(topOfTheOther.get(0), wide);
        assertDecodesTo(topOfTheOther.get(1), top);
    }

    @Test
    void theSamePixelsGiveTheSameBytes() {
        List<byte[]> first = PngEncoder.encode(drawing(640, 360, "x"), drawing(640, 300, ""));
        List<byte[]> second = PngEncoder.encode(drawing(640, 360, "x"), drawing(640, 300, ""));

        assertThat(first.get(0)).isEqualTo(second.get(0));
        assertThat(first.get(1)).isEqualTo(second.get(1));
    }

    @Test
    void refusesAnImageOfAnotherPixelLayout() {
        BufferedImage argb = new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB);
        BufferedImage rgb = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);

        assertThatThrownBy(() -> PngEncoder.encode(rgb, argb)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertDecodesTo(byte[] png, BufferedImage drawn) throws IOException {
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(read.getWidth()).isEqualTo(drawn.getWidth());
        assertThat(read.getHeight()).isEqualTo(drawn.getHeight());
        for (int y = 0; y < drawn.getHeight(); y++) {
            for (int x = 0; x < drawn.getWidth(); x++) {
                assertThat(read.getRGB(x, y) & 0xFFFFFF).as("pixel %d,%d", x, y)
                        .isEqualTo(drawn.getRGB(x, y) & 0xFFFFFF);
            }
        }
    }

    /**
     * Antialiased shapes and text over a gradient of colours (every byte value of every channel occurs),
     * the same for the same width whatever the height, with a caption in the last rows when one is given.
     */
    private static BufferedImage drawing(int width, int height, String caption) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, (x * 255 / width) << 16 | (y % 256) << 8 | (x + y) & 0xFF);
            }
        }
        Graphics2D g2 = image.createGraphics();
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setColor(new Color(0x8A3B00));
        g2.fill(new Ellipse2D.Double(width / 4.0, 10, width / 2.0, 60));
        g2.setColor(Color.WHITE);
        g2.drawString("Demo – syntetiska data", 10, 20);
        if (!caption.isEmpty()) {
            g2.setColor(Color.BLACK);
            g2.drawString(caption, 5, height - 5);
        }
        g2.dispose();
        return image;
    }
}
