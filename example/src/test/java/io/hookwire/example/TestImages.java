package io.hookwire.example;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Small real images for the tests: bytes a browser decodes. */
final class TestImages {
  private TestImages() {}

  /** A {@code width} × {@code height} PNG of one colour. */
  static byte[] png(int width, int height, Color colour) {
    return write(image(width, height, colour), "png");
  }

  /** A {@code width} × {@code height} JPEG of one colour, as Telegram sends photos. */
  static byte[] jpeg(int width, int height, Color colour) {
    return write(image(width, height, colour), "jpg");
  }

  private static BufferedImage image(int width, int height, Color colour) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < width; x++) {
      for (int y = 0; y < height; y++) {
        image.setRGB(x, y, colour.getRGB());
      }
    }
    return image;
  }

  private static byte[] write(BufferedImage image, String format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, format, out)) {
        throw new IllegalStateException("no ImageIO writer for " + format);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
