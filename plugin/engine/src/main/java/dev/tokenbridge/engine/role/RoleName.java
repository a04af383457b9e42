// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.role;

import dev.tokenbridge.sdk.logical.BadRequestException;
import java.util.regex.Pattern;

/**
 * The rule for role names. Names become storage keys and lease-id prefixes
 * ({@code tokens/creds/<name>/...}), so they are plain ASCII words: no slashes, no {@code ..}, no
 * whitespace, control or look-alike characters.
 */
public final class RoleName {
    public static final int MAX_LENGTH = 128;
    /** A path segment for a role name; the handler checks it against {@link #check}. */
    public static final String SEGMENT = "[^/]+";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?");
    private static final String EXPECTED = "expected a role name of letters, digits, '_', '.' and '-' that starts "
            + "and ends with a letter, digit or '_', without '..', at most " + MAX_LENGTH + " characters";

    private RoleName() {}

    /**
     * The name, if it is a valid role name.
     *
     * @throws BadRequestException naming {@code field} otherwise
     */
    public static String check(String field, String name) {
        if (name.length() > MAX_LENGTH || !NAME.matcher(name).matches() || name.contains("..")) {
            throw new BadRequestException(field + ": " + EXPECTED + ", got " + Inputs.quote(name));
        }
        return name;
    }

    /** The message for a role that does not exist; it names the role. */
    public static BadRequestException unknown(String name) {
        return new BadRequestException("name: role " + Inputs.quote(name) + " does not exist");
    }
}
