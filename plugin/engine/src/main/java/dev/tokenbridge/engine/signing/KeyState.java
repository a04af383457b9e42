// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.signing;

import java.util.Locale;

/** Where a published key is in its life: published ahead of use, signing, or kept for verification. */
public enum KeyState {
    /** Published, not signing yet. */
    NEXT,
    /** Signs new tokens. */
    ACTIVE,
    /** No longer signs; published until the last token it could have signed has expired. */
    RETIRING;

    /** The name the API shows: {@code next}, {@code active} or {@code retiring}. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
