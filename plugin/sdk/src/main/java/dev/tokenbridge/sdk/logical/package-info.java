// SPDX-License-Identifier: Apache-2.0
/**
 * Vault's logical model as Java values: requests, responses, secrets and leases, storage, the system
 * view, and the errors that map onto Vault's error kinds. Nothing here knows about gRPC or protobuf.
 *
 * <p>Parameters and return values are non-null unless documented otherwise. Records are immutable.
 */
package dev.tokenbridge.sdk.logical;
