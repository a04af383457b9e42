// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.token;

import dev.tokenbridge.engine.signing.TokenSigner;

/** Issues signed JWTs through the {@link TokenSigner}; nothing is stored per token. */
public final class JwtIssuer implements TokenIssuer {
    private final TokenSigner signer;

    public JwtIssuer(TokenSigner signer) {
        this.signer = signer;
    }

    @Override
    public TokenFormat format() {
        return TokenFormat.JWT;
    }

    @Override
    public IssuedToken issue(TokenRequest request) {
        String jti = TokenIds.newJti();
        TokenSigner.SignedToken signed = signer.sign(request.algorithm(), request.typ(), request.claims(jti));
        return new IssuedToken(signed.compact(), TokenFormat.JWT, jti, signed.kid(), request.issuedAt(),
                request.expiresAt(), request.expiresAt(), request.scope(), "");
    }
}
