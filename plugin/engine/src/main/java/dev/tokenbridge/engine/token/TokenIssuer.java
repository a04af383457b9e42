// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.token;

/** Turns a settled {@link TokenRequest} into a token of one format. Thread-safe. */
public sealed interface TokenIssuer permits JwtIssuer, OpaqueTokenIssuer {
    TokenFormat format();

    /**
     * Issues the token.
     *
     * @throws dev.tokenbridge.sdk.logical.PluginException if signing or storage fails
     */
    IssuedToken issue(TokenRequest request);
}
