package io.hookwire.example.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MediaStoreTest {
  private static final byte[] PNG = image(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n');
  private static final byte[] JPEG = image(0xFF, 0xD8, 0xFF, 0xE0);
  private static final byte[] GIF = image('G', 'I', 'F', '8', '9', 'a');
  private static final byte[] WEBP = image('R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'E', 'B', 'P');

  @Test
  void imagesAreRecognisedByTheirBytes() {
    assertEquals(Optional.of(ImageType.PNG), ImageType.of(PNG));
    assertEquals(Optional.of(ImageType.JPEG), ImageType.of(JPEG));
    assertEquals(Optional.of(ImageType.GIF), ImageType.of(GIF));
    assertEquals(Optional.of(ImageType.WEBP), ImageType.of(WEBP));
  }

  @Test
  void anythingElseIsRefused() {
    MediaStore store = new MediaStore(1024);

    for (String text : new String[] {"<svg onload=alert(1)>", "<html>", "", "RIFF0000WAVE"}) {
      assertEquals(Optional.empty(), store.add(text.getBytes(StandardCharsets.UTF_8)), text);
    }
  }

  @Test
  void storedImagesAreFoundByTheirRandomId() {
    MediaStore store = new MediaStore(1024);

    StoredImage first = store.add(PNG).orElseThrow();
    StoredImage second = store.add(PNG).orElseThrow();

    assertNotEquals(first.id(), second.id());
    assertTrue(first.id().matches("[0-9a-f]{32}"), first.id());
    assertEquals("/media/" + first.id(), first.path());
    assertEquals(ImageType.PNG, store.find(first.id()).orElseThrow().type());
    assertEquals(Optional.empty(), store.find("0".repeat(32)));
  }

  @Test
  void theOldestImagesAreDroppedBeyondTheLimit() {
    MediaStore store = new MediaStore(3L * PNG.length);
    StoredImage oldest = store.add(PNG).orElseThrow();
    StoredImage kept = store.add(JPEG).orElseThrow();

    store.add(GIF).orElseThrow();
    store.add(WEBP).orElseThrow();

    assertEquals(Optional.empty(), store.find(oldest.id()));
    assertTrue(store.find(kept.id()).isPresent());
  }

  @Test
  void anImageLargerThanTheWholeStoreIsRefused() {
    assertEquals(Optional.empty(), new MediaStore(PNG.length - 1).add(PNG));
  }

  /** An image of 64 bytes that starts with {@code signature}. */
  private static byte[] image(int... signature) {
    byte[] bytes = new byte[64];
    Arrays.fill(bytes, (byte) 7);
    for (int i = 0; i < signature.length; i++) {
      bytes[i] = (byte) signature[i];
    }
    return bytes;
  }
}
