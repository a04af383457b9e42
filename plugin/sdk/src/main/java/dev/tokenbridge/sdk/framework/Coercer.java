// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.framework;

/**
 * Turns a raw request value (a string from a form or query, or a JSON value with numbers as
 * {@link java.math.BigDecimal}) into a field's Java value. Implementations are stateless.
 */
@FunctionalInterface
interface Coercer<T> {
    /**
     * @param raw the caller's value, never null
     * @param field the field being read, for its name and flags
     * @throws dev.tokenbridge.sdk.logical.BadRequestException if the value cannot be read as this type
     */
    T coerce(Object raw, Field<T> field);
}
