// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FieldBuilderTest {
    @Test
    void aBuiltFieldKeepsEveryAttribute() {
        Field<String> field = Field.lowercaseString("algorithm").description("  The signing algorithm. ")
                .allowedValues("rs256", "es256").defaultValue("rs256").displayName("Algorithm").query()
                .deprecated().build();

        assertEquals("algorithm", field.name());
        assertEquals(FieldType.LOWERCASE_STRING, field.type());
        assertEquals("The signing algorithm.", field.description());
        assertEquals(Optional.of("rs256"), field.defaultValue());
        assertEquals(List.of("rs256", "es256"), field.allowedValues());
        assertEquals(Optional.of("Algorithm"), field.displayName());
        assertEquals(true, field.query());
        assertEquals(true, field.deprecated());
    }

    @Test
    void aFieldWithoutADescriptionIsRejected() {
        assertThrows(IllegalStateException.class, () -> Field.string("name").build());
        assertThrows(IllegalStateException.class, () -> Field.string("name").description("  ").build());
    }

    @Test
    void aRequiredFieldCannotHaveADefault() {
        assertThrows(IllegalStateException.class,
                () -> Field.string("name").description("d").required().defaultValue("x").build());
    }

    @Test
    void aDefaultMustBeOneOfTheAllowedValues() {
        assertThrows(IllegalStateException.class,
                () -> Field.string("alg").description("d").allowedValues("a").defaultValue("b").build());
    }

    @Test
    void allowedValuesApplyOnlyToStringAndIntegerFields() {
        assertThrows(IllegalStateException.class,
                () -> Field.stringList("scopes").description("d").allowedValues(List.of("a")));
        assertThrows(IllegalStateException.class,
                () -> Field.duration("ttl").description("d").allowedValues(Duration.ZERO));
    }

    @Test
    void allowedValuesOfALowercaseFieldMustBeLowercase() {
        assertThrows(IllegalStateException.class,
                () -> Field.lowercaseString("alg").description("d").allowedValues("RS256").build());
    }

    @Test
    void onlyDurationsCanAllowNegativeValuesAndOnlyThenHaveANegativeDefault() {
        assertThrows(IllegalStateException.class, () -> Field.string("s").allowNegative());
        assertThrows(IllegalStateException.class,
                () -> Field.duration("ttl").description("d").defaultValue(Duration.ofSeconds(-1)).build());
        assertEquals(Optional.of(Duration.ofSeconds(-1)), Field.duration("skew").description("d").allowNegative()
                .defaultValue(Duration.ofSeconds(-1)).build().defaultValue());
    }

    @Test
    void fieldNamesAreLettersDigitsUnderscoresAndHyphens() {
        assertThrows(IllegalArgumentException.class, () -> Field.string("bad name"));
        assertThrows(IllegalArgumentException.class, () -> Field.string(""));
        assertEquals("request_response-prefix2",
                Field.string("request_response-prefix2").description("d").build().name());
    }
}
