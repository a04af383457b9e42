// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenIdsTest {
    @Test
    void jtisAre128RandomBitsInBase64url() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String jti = TokenIds.newJti();
            assertEquals(22, jti.length());
            assertTrue(jti.matches("[A-Za-z0-9_-]{22}"), jti);
            assertTrue(seen.add(jti));
        }
    }

    @Test
    void opaqueTokensArePrefixed256RandomBits() {
        String token = TokenIds.newOpaqueToken();
        assertTrue(token.startsWith("tbo_"));
        assertEquals(4 + 43, token.length());
        assertTrue(TokenIds.looksOpaque(token));
        assertFalse(TokenIds.looksOpaque("tbo_short"));
        assertFalse(TokenIds.looksOpaque("eyJ.eyJ.sig"));
    }

    @Test
    void theStoredFormIsTheHexSha256() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", TokenIds.sha256Hex("abc"));
    }
}
