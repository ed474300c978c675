package io.hookwire.example.telegram;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * The photo the demo's stand-in Bot API serves: a small PNG drawn in code (a sunset over the
 * sea), so that the demo shows an image without shipping or downloading one. Shapes only, no
 * text, so it needs no fonts on a headless machine.
 */
final class DemoPhoto {
  static final int WIDTH = 320;
  static final int HEIGHT = 180;

  private DemoPhoto() {}

  /** The PNG's bytes. */
  static byte[] png() {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setPaint(new GradientPaint(0, 0, new Color(0x2f3b55), 0, HEIGHT * 0.65f, new Color(0xf59e0b)));
      g.fillRect(0, 0, WIDTH, HEIGHT);
      g.setColor(new Color(0xfde68a));
      g.fillOval(WIDTH / 2 - 34, (int) (HEIGHT * 0.65) - 34, 68, 68);
      g.setPaint(new GradientPaint(0, HEIGHT * 0.65f, new Color(0x229ed9), 0, HEIGHT, new Color(0x1d2433)));
      g.fillRect(0, (int) (HEIGHT * 0.65), WIDTH, HEIGHT);
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
