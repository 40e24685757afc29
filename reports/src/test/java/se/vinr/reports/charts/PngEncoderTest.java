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

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class PngEncoderTest {

    @Test
    void aStandardDecoderReadsBackEveryPixelAsDrawn() throws IOException {
        BufferedImage drawn = drawing(301, 157);

        BufferedImage read = ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(drawn)));

        assertThat(read.getWidth()).isEqualTo(301);
        assertThat(read.getHeight()).isEqualTo(157);
        for (int y = 0; y < drawn.getHeight(); y++) {
            for (int x = 0; x < drawn.getWidth(); x++) {
                assertThat(read.getRGB(x, y) & 0xFFFFFF).as("pixel %d,%d", x, y)
                        .isEqualTo(drawn.getRGB(x, y) & 0xFFFFFF);
            }
        }
    }

    @Test
    void theSamePixelsGiveTheSameBytes() {
        assertThat(PngEncoder.encode(drawing(640, 360))).isEqualTo(PngEncoder.encode(drawing(640, 360)));
    }

    @Test
    void refusesAnImageOfAnotherPixelLayout() {
        BufferedImage argb = new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB);

        assertThatThrownBy(() -> PngEncoder.encode(argb)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Antialiased shapes and text over a gradient of colours: every byte value of every channel occurs. */
    private static BufferedImage drawing(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, (x * 255 / width) << 16 | (y * 255 / height) << 8 | (x + y) & 0xFF);
            }
        }
        Graphics2D g2 = image.createGraphics();
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setColor(new Color(0x8A3B00));
        g2.fill(new Ellipse2D.Double(width / 4.0, height / 4.0, width / 2.0, height / 2.0));
        g2.setColor(Color.WHITE);
        g2.drawString("Demo – syntetiska data", 10, 20);
        g2.dispose();
        return image;
    }
}
