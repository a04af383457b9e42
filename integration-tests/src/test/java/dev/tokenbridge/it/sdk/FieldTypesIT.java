// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.it.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.tokenbridge.it.support.VaultCli;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every SDK field type through the real CLI (k=v strings), HTTP JSON bodies and query strings, as
 * coerced by the plugin and echoed back by the example's {@code echo} path.
 */
class FieldTypesIT {
    @RegisterExtension static final ExampleVault VAULT = new ExampleVault();

    private static JsonObject data(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return JsonParser.parseString(response.body()).getAsJsonObject().getAsJsonObject("data");
    }

    @Test
    void cliArgumentsArriveAsStringsAndAreCoerced() {
        VaultCli.Result echo = VAULT.cli().run("write", "-format=json", "fields/echo", "text=hello", "colour=green",
                "count=42", "enabled=true", "ttl=1h30m", "tags=a,b,c", "settings={\"depth\":2}",
                "at=2026-01-02T03:04:05Z", "password=hunter2").assertSuccess();
        JsonObject data = echo.data();
        assertEquals("hello", data.get("text").getAsString());
        assertEquals("green", data.get("colour").getAsString());
        assertEquals(42, data.get("count").getAsLong());
        assertTrue(data.get("enabled").getAsBoolean());
        assertEquals(5400, data.get("ttl").getAsLong());
        assertEquals("[\"a\",\"b\",\"c\"]", data.get("tags").toString());
        assertEquals(2, data.getAsJsonObject("settings").get("depth").getAsInt());
        assertEquals("2026-01-02T03:04:05Z", data.get("at").getAsString());
        assertTrue(data.get("password_set").getAsBoolean());
        assertFalse(echo.stdout().contains("hunter2"), "a sensitive value is never echoed");
    }

    @Test
    void jsonBodiesKeepTheirTypes() {
        JsonObject data = data(VAULT.http("POST", "/v1/fields/echo", """
                {"count": 7, "enabled": false, "ttl": 90, "tags": ["x", "y"], "labels": {"team": "blue"},
                 "settings": {"nested": {"ok": true}}, "at": 1767225600}"""));
        assertEquals(7, data.get("count").getAsLong());
        assertFalse(data.get("enabled").getAsBoolean());
        assertEquals(90, data.get("ttl").getAsLong());
        assertEquals("[\"x\",\"y\"]", data.get("tags").toString());
        assertEquals("blue", data.getAsJsonObject("labels").get("team").getAsString());
        assertTrue(data.getAsJsonObject("settings").getAsJsonObject("nested").get("ok").getAsBoolean());
        assertEquals("2026-01-01T00:00:00Z", data.get("at").getAsString());
    }

    @Test
    void queryParametersOfAReadAreCoercedAndRepeatedKeysBecomeLists() {
        JsonObject data = data(VAULT.http("GET", "/v1/fields/echo?count=3&enabled=1&ttl=2m&tags=p&tags=q", null));
        assertEquals(3, data.get("count").getAsLong());
        assertTrue(data.get("enabled").getAsBoolean());
        assertEquals(120, data.get("ttl").getAsLong());
        assertEquals("[\"p\",\"q\"]", data.get("tags").toString());
    }

    @ParameterizedTest(name = "{0}={1} is a 400 naming {0}")
    @CsvSource(delimiter = '|', value = {
            "count|\"many\"", "count|1.5", "count|99999999999999999999999", "enabled|\"perhaps\"", "ttl|\"soon\"",
            "ttl|-5", "ttl|\"99999999999h\"", "tags|{\"a\":1}", "labels|[1,2]", "settings|\"not json\"",
            "at|\"yesterday\"", "colour|\"purple\"", "text|{\"deep\":[1]}"})
    void aValueOfTheWrongShapeIsA400NamingTheField(String field, String json) {
        HttpResponse<String> response = VAULT.http("POST", "/v1/fields/echo", "{\"" + field + "\": " + json + "}");
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains(field), response.body());
    }

    @Test
    void unknownFieldsAreA400ListingThem() {
        HttpResponse<String> response = VAULT.http("POST", "/v1/fields/echo", "{\"colour\":\"red\",\"flavour\":1,\"size\":2}");
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("flavour") && response.body().contains("size"), response.body());
    }

    @Test
    void aSensitiveValueOfTheWrongShapeIsRefusedWithoutEchoingIt() {
        HttpResponse<String> response = VAULT.http("POST", "/v1/fields/echo", "{\"password\": {\"hunter2\": true}}");
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("password"), response.body());
        assertFalse(response.body().contains("hunter2"), response.body());
        assertFalse(VAULT.server().logText().contains("hunter2"), "the server log never holds the sensitive value");
    }

    @Test
    void aBodyThatIsNotAJsonObjectIsA400() {
        HttpResponse<String> response = VAULT.http("POST", "/v1/fields/echo", "[1,2,3]");
        assertTrue(response.statusCode() >= 400 && response.statusCode() < 500, response.statusCode() + " " + response.body());
    }
}
