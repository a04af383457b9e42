// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.logical;

import java.util.Objects;

/**
 * One entry of the mount's storage. The value is opaque bytes (by convention UTF-8 JSON).
 *
 * @param key the key relative to the mount
 * @param value the stored bytes
 * @param sealWrap whether Vault should seal-wrap the entry (honoured by Enterprise only)
 */
public record StorageEntry(String key, byte[] value, boolean sealWrap) {
    public StorageEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        value = value.clone();
    }

    /** A copy of the stored bytes. */
    @Override
    public byte[] value() {
        return value.clone();
    }

    /** An entry whose value is the JSON form of {@code value}. */
    public static StorageEntry json(String key, Object value) {
        return new StorageEntry(key, Json.writeBytes(value), false);
    }

    /** The value read as JSON into {@code type}. */
    public <T> T decode(Class<T> type) {
        return Json.read(value, type);
    }

    /** The key and size only: values may be key material. */
    @Override
    public String toString() {
        return "StorageEntry[" + key + ", " + value.length + " bytes]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StorageEntry other && key.equals(other.key) && sealWrap == other.sealWrap
                && java.util.Arrays.equals(value, other.value);
    }

    @Override
    public int hashCode() {
        return key.hashCode() * 31 + java.util.Arrays.hashCode(value);
    }
}
