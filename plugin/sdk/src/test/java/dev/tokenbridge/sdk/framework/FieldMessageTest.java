// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tokenbridge.sdk.logical.BadRequestException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What error messages repeat of a caller's value: a short, printable prefix, and nothing of a secret. */
class FieldMessageTest {
    static final String SECRET = "s3cr3t-value-that-must-not-leak";

    private static String error(Field<?> field, Object raw) {
        return assertThrows(BadRequestException.class, () -> field.coerce(raw)).getMessage();
    }

    @Test
    void aSensitiveFieldNeverEchoesItsValueWhenItHasTheWrongShape() {
        Field<Duration> ttl = Field.duration("ttl").description("d").sensitive().build();
        Field<Long> pin = Field.integer("pin").description("d").sensitive().build();
        Field<Map<String, String>> headers = Field.map("headers").description("d").sensitive().build();

        assertEquals("ttl: expected a duration such as \"30m\" or a number of seconds", error(ttl, SECRET));
        assertEquals("pin: expected a whole number", error(pin, SECRET));
        assertFalse(error(headers, SECRET).contains(SECRET));
        assertFalse(error(headers, List.of(SECRET)).contains(SECRET));
    }

    @Test
    void aSensitiveFieldNeverEchoesItsValueWhenItIsNotAllowed() {
        Field<String> key = Field.string("key").description("d").sensitive().allowedValues("a", "b").build();

        assertEquals("key: expected one of [a, b]", error(key, SECRET));
    }

    @Test
    void aSensitiveFieldNeverEchoesItsValueThroughFieldData() {
        Field<String> token = Field.nameString("token").description("d").sensitive().build();
        Field<Long> count = Field.integer("count").description("d").build();

        String message = assertThrows(BadRequestException.class,
                () -> FieldData.validate(List.of(token, count), Map.of("token", SECRET + "!", "count", "x"), true, true))
                .getMessage();

        assertFalse(message.contains(SECRET));
        assertEquals("token: expected a name of letters, digits, \"_\", \".\" and \"-\" that starts and ends with"
                + " a letter, digit or \"_\"; count: expected a whole number, got \"x\"", message);
    }

    @Test
    void echoedValuesAreCutToSixtyFourCharacters() {
        Field<Long> count = Field.integer("count").description("d").build();

        String message = error(count, "x".repeat(100));

        assertEquals("count: expected a whole number, got \"" + "x".repeat(64) + "...\"", message);
    }

    @Test
    void echoedValuesHaveControlCharactersQuotesAndBackslashesEscaped() {
        Field<Long> count = Field.integer("count").description("d").build();

        String message = error(count, "a\nb\u0000\"\\\u001b[31m\u202e");

        assertEquals("count: expected a whole number, got \"a\\nb\\u0000\\\"\\\\\\u001b[31m\\u202e\"", message);
    }

    @Test
    void aFieldsToStringShowsNeitherDefaultNorAllowedValues() {
        Field<String> key = Field.string("key").description("d").defaultValue(SECRET).build();

        assertEquals("Field[key (string)]", key.toString());
    }
}
