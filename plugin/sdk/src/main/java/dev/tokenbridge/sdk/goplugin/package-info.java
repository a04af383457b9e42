// SPDX-License-Identifier: Apache-2.0
/**
 * The go-plugin side of a Vault plugin: the environment check and handshake line, AutoMTLS, the gRPC
 * server with health, broker, controller and stdio services, and the process lifecycle.
 *
 * <p>Parameters and return values are non-null unless documented otherwise.
 */
package dev.tokenbridge.sdk.goplugin;
