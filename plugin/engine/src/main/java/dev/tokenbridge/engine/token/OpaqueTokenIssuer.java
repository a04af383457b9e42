// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.token;

/** Issues opaque reference tokens: random, with only their SHA-256 and claims kept in storage. */
public final class OpaqueTokenIssuer implements TokenIssuer {
    private final OpaqueTokenStore store;

    public OpaqueTokenIssuer(OpaqueTokenStore store) {
        this.store = store;
    }

    @Override
    public TokenFormat format() {
        return TokenFormat.OPAQUE;
    }

    @Override
    public IssuedToken issue(TokenRequest request) {
        String jti = TokenIds.newJti();
        String token = TokenIds.newOpaqueToken();
        String hash = TokenIds.sha256Hex(token);
        store.put(hash, new OpaqueTokenRecord(request.role(), request.claims(jti), request.issuedAt().getEpochSecond(),
                request.expiresAt().getEpochSecond(), request.maxExpiresAt().getEpochSecond(),
                request.ttl().toSeconds(), jti));
        return new IssuedToken(token, TokenFormat.OPAQUE, jti, "", request.issuedAt(), request.expiresAt(),
                request.maxExpiresAt(), request.scope(), hash);
    }
}
