// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.logical;

/** The Vault server the plugin runs in, e.g. version {@code 1.21.4}. */
public record PluginEnvironment(String vaultVersion, String vaultVersionPrerelease, String vaultVersionMetadata) {}
