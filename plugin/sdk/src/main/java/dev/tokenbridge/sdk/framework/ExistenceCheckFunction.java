// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.framework;

import dev.tokenbridge.sdk.logical.Request;

/**
 * Tells Vault whether the object a write addresses already exists, so that Vault can ask for the
 * {@code create} or the {@code update} capability. A path with a create operation must have one.
 * Implementations are called concurrently and must be thread-safe.
 */
@FunctionalInterface
public interface ExistenceCheckFunction {
    boolean exists(Request request, FieldData data);
}
