// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tokenbridge.sdk.logical.BadRequestException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FieldDataTest {
    static final Field<String> ISSUER = Field.string("issuer").description("The issuer.").required().build();
    static final Field<Duration> TTL =
            Field.duration("ttl").description("The TTL.").defaultValue(Duration.ofHours(1)).build();
    static final Field<String> ALGORITHM = Field.string("algorithm").description("The algorithm.")
            .allowedValues("RS256", "ES256").build();
    static final Field<Long> COUNT = Field.integer("count").description("A count.").build();
    static final Field<Instant> SINCE = Field.time("since").description("A time.").build();
    static final List<Field<?>> FIELDS = List.of(ISSUER, TTL, ALGORITHM, COUNT, SINCE);

    private static FieldData write(Map<String, ?> raw) {
        return FieldData.validate(FIELDS, raw, true, true);
    }

    private static String writeError(Map<String, ?> raw) {
        return assertThrows(BadRequestException.class, () -> write(raw)).getMessage();
    }

    @Test
    void valuesArriveTypedAndUnsetFieldsFallBackToTheirDefault() {
        FieldData data = write(Map.of("issuer", "https://issuer", "count", "3"));

        assertEquals("https://issuer", data.get(ISSUER));
        assertEquals(3L, data.get(COUNT));
        assertEquals(Duration.ofHours(1), data.get(TTL));
        assertEquals(Optional.empty(), data.getOptional(TTL));
        assertFalse(data.isSet(TTL));
        assertTrue(data.isSet(COUNT));
    }

    @Test
    void unsetFieldsWithoutADefaultReadAsTheZeroValueOfTheirType() {
        FieldData data = write(Map.of("issuer", "x"));

        assertEquals("", data.get(ALGORITHM));
        assertEquals(0L, data.get(COUNT));
        assertEquals(Instant.EPOCH, data.get(SINCE));
    }

    @Test
    void aMissingRequiredFieldIsABadRequest() {
        assertEquals("issuer: required", writeError(Map.of()));
    }

    @Test
    void anEmptyStringDoesNotSatisfyARequiredField() {
        assertEquals("issuer: required", writeError(Map.of("issuer", "")));
    }

    @Test
    void aJsonNullCountsAsNotSet() {
        Map<String, Object> raw = new HashMap<>();
        raw.put("issuer", "x");
        raw.put("ttl", null);

        assertFalse(write(raw).isSet(TTL));
        raw.put("issuer", null);
        assertEquals("issuer: required", writeError(raw));
    }

    @Test
    void requiredFieldsAreNotEnforcedOutsideCreateAndUpdate() {
        FieldData data = FieldData.validate(FIELDS, Map.of(), false, true);

        assertFalse(data.isSet(ISSUER));
    }

    @Test
    void aValueOutsideTheAllowedValuesIsABadRequestListingThem() {
        assertEquals("algorithm: expected one of [RS256, ES256], got \"HS256\"",
                writeError(Map.of("issuer", "x", "algorithm", "HS256")));
    }

    @Test
    void unknownFieldsAreRejectedAllAtOnceInSortedOrderWithTheirNamesEscaped() {
        assertEquals("unknown fields: alpha\\n, zeta; this path accepts: algorithm, count, issuer, since, ttl",
                writeError(Map.of("issuer", "x", "zeta", 1, "alpha\n", 2)));
    }

    @Test
    void everyProblemIsReportedInOneMessage() {
        assertEquals("unknown fields: extra; this path accepts: algorithm, count, issuer, since, ttl; "
                        + "issuer: required; "
                        + "ttl: expected a duration such as \"30m\" or a number of seconds, got \"soon\"",
                writeError(Map.of("extra", "1", "ttl", "soon")));
    }

    @Test
    void unknownFieldsPassThroughWhenThePathTakesArbitraryInput() {
        FieldData data = FieldData.validate(FIELDS, Map.of("issuer", "x", "anything", "goes"), true, false);

        assertEquals("goes", data.raw().get("anything"));
    }

    @Test
    void readingAFieldThatThePathDoesNotDeclareIsAProgrammingError() {
        Field<String> other = Field.string("issuer").description("Another field of the same name.").build();
        FieldData data = write(Map.of("issuer", "x"));

        assertThrows(IllegalArgumentException.class, () -> data.get(other));
    }

    @Test
    void toStringNamesTheSetFieldsButNoValues() {
        String text = write(Map.of("issuer", "https://secret-issuer")).toString();

        assertEquals("FieldData[issuer]", text);
    }
}
