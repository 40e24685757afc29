package se.vinr.report.browser;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

/** A PNG as read back from disk, with how much of it is drawn on: a blank page has no ink. */
record Picture(int width, int height, double inkShare) {

    /** A pixel counts as ink when any channel is clearly darker than white. */
    private static final int PAPER = 235;

    static Picture read(Path png) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        if (image == null) {
            throw new IOException(png + " is not an image ImageIO can read");
        }
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) < PAPER || ((rgb >> 8) & 0xff) < PAPER || (rgb & 0xff) < PAPER) {
                    ink++;
                }
            }
        }
        return new Picture(image.getWidth(), image.getHeight(), (double) ink / ((long) image.getWidth() * image.getHeight()));
    }
}
