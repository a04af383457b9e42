// SPDX-License-Identifier: Apache-2.0
/**
 * Vault's backend protocol (v5): the gRPC {@code pb.Backend} service the plugin serves, the storage
 * and system-view clients it uses to call back into Vault, and the one codec between protobuf messages
 * and the {@link dev.tokenbridge.sdk.logical} model. Generated protobuf types stop in this package.
 *
 * <p>Parameters and return values are non-null unless documented otherwise.
 */
package dev.tokenbridge.sdk.backend;
