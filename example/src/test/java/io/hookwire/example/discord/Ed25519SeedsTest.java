package io.hookwire.example.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hookwire.test.Signers;
import org.junit.jupiter.api.Test;

class Ed25519SeedsTest {

  /** RFC 8032, section 7.1, test 1: the seed and the public key it must give. */
  @Test
  void aSeedGivesThePublicKeyOfRfc8032() {
    String seed = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";

    String publicKey = Signers.discord(Ed25519Seeds.keyPair(seed)).publicKeyHex();

    assertEquals("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", publicKey);
  }

  @Test
  void aSeedThatIsNot64HexDigitsIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Ed25519Seeds.keyPair("9d61"));
    assertThrows(IllegalArgumentException.class, () -> Ed25519Seeds.keyPair("zz".repeat(32)));
  }
}
