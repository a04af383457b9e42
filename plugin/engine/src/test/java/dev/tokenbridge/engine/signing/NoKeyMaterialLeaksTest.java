// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tokenbridge.engine.config.ConfigStore;
import dev.tokenbridge.sdk.logical.RawResponse;
import dev.tokenbridge.sdk.logical.InternalException;
import dev.tokenbridge.sdk.logical.Json;
import dev.tokenbridge.sdk.logical.Operation;
import dev.tokenbridge.sdk.logical.PluginException;
import dev.tokenbridge.sdk.logical.Response;
import dev.tokenbridge.sdk.testing.LogCapture;
import java.io.File;
import java.math.BigInteger;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Private key material must never appear in a response, a log line, an exception message or a
 * {@code toString()}. This drives every operation of the signing and discovery paths, collects all of
 * those texts, and looks for the stored private keys in every encoding a leak could take.
 */
class NoKeyMaterialLeaksTest {
    private static final Set<String> PRIVATE_JWK_MEMBERS = Set.of("d", "p", "q", "dp", "dq", "qi", "oth", "k");

    private final SigningTestMount mount = new SigningTestMount();
    private final List<String> texts = new ArrayList<>();
    /** Every key that was ever stored during the test, so pruned keys are looked for too. */
    private final Map<String, SigningKey> everStored = new java.util.LinkedHashMap<>();

    @Test
    void noResponseLogLineExceptionOrToStringCarriesPrivateKeyMaterial() {
        try (LogCapture logs = LogCapture.start()) {
            exerciseEverything();
            texts.add(logs.text());
        }
        List<String> secrets = secretFragments();
        assertFalse(secrets.isEmpty());
        for (String text : texts) {
            assertFalse(text.contains("PRIVATE KEY") || text.contains("-----BEGIN"), "PEM marker in: " + text);
            for (String secret : secrets) {
                assertFalse(text.contains(secret), "private key material in: " + text);
            }
        }
    }

    @Test
    void theJwksHoldsNoPrivateJwkMembers() {
        for (Algorithm algorithm : Algorithm.values()) {
            mount.sign(algorithm.name(), Duration.ofMinutes(5));
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> keys = (List<Map<String, Object>>) Json.parseObject(
                RawResponse.body(mount.call(Operation.READ, "jwks", Map.of()))).get("keys");
        assertEquals(2 * Algorithm.values().length, keys.size());
        for (Map<String, Object> key : keys) {
            assertTrue(Set.copyOf(key.keySet()).stream().noneMatch(PRIVATE_JWK_MEMBERS::contains), key.keySet().toString());
            assertEquals("sig", key.get("use"));
        }
    }

    @Test
    void anUnreadableStoredKeyIsReportedByKidOnly() {
        String kid = mount.sign("ES256", Duration.ofMinutes(5)).kid();
        SigningKey stored = storedKeys().stream().filter(key -> key.kid().equals(kid)).findFirst().orElseThrow();
        SigningKey corrupt = new SigningKey(kid, stored.algorithm(), stored.createdAt(), stored.activatesAt(),
                stored.deactivatesAt(), stored.maxTtlSeconds(), stored.publicKey(), stored.privateKey().substring(0, 60));
        var error = assertThrows(InternalException.class, () -> KeyMaterial.parse(corrupt));
        assertFalse(error.getMessage().contains(corrupt.privateKey()), error.getMessage());
        assertTrue(error.getMessage().contains(kid));
    }

    @Test
    void everyRecordOfTheSigningPackageThatHoldsKeysOrTokensPrintsItself() throws Exception {
        File directory = new File(SigningKey.class.getResource("SigningKey.class").toURI()).getParentFile();
        int checked = 0;
        for (String name : directory.list((dir, file) -> file.endsWith(".class"))) {
            Class<?> type = Class.forName("dev.tokenbridge.engine.signing." + name.replace(".class", ""));
            if (type.isRecord() && Arrays.stream(type.getRecordComponents()).anyMatch(component ->
                    PrivateKey.class.isAssignableFrom(component.getType())
                            || Set.of("privateKey", "compact").contains(component.getName())
                            || component.getType() == SigningKey.class
                            || component.getGenericType().getTypeName().contains("SigningKey"))) {
                assertFalse(hasGeneratedToString(type), type.getName() + " must override toString");
                checked++;
            }
        }
        assertTrue(checked >= 4, "found " + checked + " key-holding records");
    }

    /**
     * Whether javac generated the record's toString: it then calls {@code ObjectMethods} through an
     * invokedynamic site typed {@code (LRecord;)Ljava/lang/String;}, which a hand-written toString never has.
     */
    private static boolean hasGeneratedToString(Class<?> type) throws java.io.IOException {
        try (var in = type.getResourceAsStream(type.getName().substring(type.getName().lastIndexOf('.') + 1) + ".class")) {
            String classFile = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
            return classFile.contains("(L" + type.getName().replace('.', '/') + ";)Ljava/lang/String;");
        }
    }

    private void exerciseEverything() {
        mount.configure(Map.of());
        List<TokenSigner.SignedToken> tokens = new ArrayList<>();
        for (Algorithm algorithm : Algorithm.values()) {
            tokens.add(mount.sign(algorithm.name(), Duration.ofMinutes(10)));
        }
        tokens.forEach(token -> texts.add(token.toString()));
        rememberStoredKeys();
        SigningKeyStore store = new SigningKeyStore(mount.storage);
        SigningKeys keys = new SigningKeys(store, new ConfigStore(mount.storage), mount.clock);
        mount.clock.advance(Duration.ofHours(1));
        keep(mount.call(Operation.UPDATE, "keys/rotate", Map.of()));
        keep(mount.call(Operation.UPDATE, "keys/rotate", Map.of("algorithm", "RS256")));
        keep(mount.call(Operation.UPDATE, "keys/retire", Map.of("kid", tokens.get(0).kid())));
        keep(mount.call(Operation.READ, "keys", Map.of()));
        keep(mount.call(Operation.READ, "jwks", Map.of()));
        keep(mount.call(Operation.READ, ".well-known/openid-configuration", Map.of()));
        for (String path : List.of("keys", "keys/rotate", "keys/retire", "jwks", ".well-known/openid-configuration")) {
            keep(mount.call(Operation.HELP, path, Map.of()));
        }
        rememberStoredKeys();
        mount.clock.advance(Duration.ofDays(2));
        mount.tick();
        rememberStoredKeys();
        failure(() -> mount.sign("HS256", Duration.ofMinutes(1)));
        failure(() -> mount.call(Operation.UPDATE, "keys/retire", Map.of()));
        failure(() -> mount.call(Operation.UPDATE, "keys/retire", Map.of("kid", "missing")));
        failure(() -> mount.call(Operation.UPDATE, "keys/rotate", Map.of("algorithm", "none")));
        failure(() -> mount.signer.sign("ES256", "JWT", Map.of()));
        texts.add(String.valueOf(keys.verify(tokens.get(3).compact())));
        texts.add(keys.list().toString());
        texts.add(keys.publicJwks().toString());
        texts.add(store.toString());
        texts.add(keys.toString());
        texts.add(mount.signer.toString());
        for (Algorithm algorithm : Algorithm.values()) {
            store.cached(algorithm).ifPresent(ring -> {
                texts.add(ring.toString());
                for (SigningKey key : ring.keys()) {
                    texts.add(key.toString());
                    texts.add(store.material(key).toString());
                    texts.add(key.info(mount.clock.instant().getEpochSecond(), RotationPolicy.of(
                            new ConfigStore(mount.storage).readOrDefaults())).toString());
                }
            });
        }
    }

    private void keep(Response response) {
        texts.add(response.toString());
        texts.add(Json.write(response.data()));
        texts.add(response.warnings().toString());
        texts.add(response.headers().toString());
        if (response.data().get("http_raw_body") instanceof String) {
            texts.add(RawResponse.body(response));
        }
    }

    private void failure(Runnable action) {
        RuntimeException error = assertThrows(RuntimeException.class, action::run);
        for (Throwable t = error; t != null; t = t.getCause()) {
            texts.add(String.valueOf(t.getMessage()));
            texts.add(t.toString());
        }
        if (error instanceof PluginException plugin) {
            texts.add(String.valueOf(plugin.httpStatus()));
        }
    }

    private void rememberStoredKeys() {
        storedKeys().forEach(key -> everStored.putIfAbsent(key.kid(), key));
    }

    private List<SigningKey> storedKeys() {
        List<SigningKey> all = new ArrayList<>();
        mount.storage.snapshot().forEach((key, entry) -> {
            if (key.startsWith(SigningKeyStore.RINGS)) {
                all.addAll(entry.decode(KeyRing.class).keys());
            }
        });
        return all;
    }

    /** Every stored private key in the encodings a leak could take: PKCS#8 and the raw private values. */
    private List<String> secretFragments() {
        List<String> fragments = new ArrayList<>();
        for (SigningKey key : everStored.values()) {
            String pkcs8 = key.privateKey();
            fragments.add(pkcs8.substring(pkcs8.length() - 40));
            fragments.add(pkcs8.substring(pkcs8.length() / 2, pkcs8.length() / 2 + 24));
            byte[] der = Base64.getDecoder().decode(pkcs8);
            fragments.add(HexFormat.of().formatHex(der, der.length - 20, der.length));
            for (byte[] secret : rawSecrets(key.algorithm(), der)) {
                fragments.add(Base64.getUrlEncoder().withoutPadding().encodeToString(secret).substring(0, 24));
                fragments.add(Base64.getEncoder().encodeToString(secret).substring(0, 24));
                fragments.add(HexFormat.of().formatHex(secret, 0, 16));
                fragments.add(new BigInteger(1, secret).toString().substring(0, 24));
            }
        }
        return fragments;
    }

    private static List<byte[]> rawSecrets(Algorithm algorithm, byte[] pkcs8) {
        try {
            PrivateKey key = KeyFactory.getInstance(algorithm.keyAlgorithm()).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            if (key instanceof RSAPrivateCrtKey rsa) {
                return List.of(unsigned(rsa.getPrivateExponent()), unsigned(rsa.getPrimeP()), unsigned(rsa.getPrimeQ()));
            }
            if (key instanceof ECPrivateKey ec) {
                return List.of(unsigned(ec.getS()));
            }
            return List.of(Arrays.copyOfRange(pkcs8, pkcs8.length - 32, pkcs8.length));
        } catch (Exception e) {
            throw new AssertionError("stored key unreadable", e);
        }
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }
}
