// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.logical;

/**
 * One mount's backend, as the plugin runtime drives it. Vault calls these concurrently, one call per
 * client request, so implementations are thread-safe. Errors are reported by throwing
 * {@link PluginException}; anything else is treated as an internal error.
 */
public interface LogicalBackend {
    /** Handles a request; returns null for "no response" (Vault answers 404 for reads, 204 for writes). */
    Response handleRequest(Request request);

    /** Tells Vault whether the object a create/update request addresses exists. */
    ExistenceCheck existenceCheck(Request request);

    /** The paths Vault must treat specially. */
    SpecialPaths specialPaths();

    /** Called once the mount is set up and storage is writable. */
    default void initialize() {}

    /** A storage key changed on another node: drop anything cached from it. */
    default void invalidateKey(String key) {}

    /** The mount is going away (unmount, reload, seal): release its resources. */
    default void cleanup() {}
}
