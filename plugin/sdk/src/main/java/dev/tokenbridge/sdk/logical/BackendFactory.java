// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.logical;

/** Creates one backend per mount. Called during Vault's {@code Setup}: it must not write storage. */
@FunctionalInterface
public interface BackendFactory {
    LogicalBackend create(BackendConfig config);
}
