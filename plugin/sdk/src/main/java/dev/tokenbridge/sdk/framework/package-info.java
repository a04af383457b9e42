// SPDX-License-Identifier: Apache-2.0
/**
 * A declarative way to write a Vault backend, after Vault's Go {@code sdk/framework}: a {@link
 * dev.tokenbridge.sdk.framework.Backend} is a table of {@link dev.tokenbridge.sdk.framework.Path}s (each a
 * pattern, typed {@link dev.tokenbridge.sdk.framework.Field}s and a {@link
 * dev.tokenbridge.sdk.framework.Handler} per operation) and {@link dev.tokenbridge.sdk.framework.SecretType}s
 * (leased secrets with renew and revoke). The framework routes requests, validates and coerces parameters
 * before handlers run, answers help with text and OpenAPI, and dispatches lease operations.
 *
 * <p>Parameters and return values are non-null unless documented otherwise. Declarations (fields, paths,
 * secret types, backends) are immutable once built; builders are not thread-safe.
 */
package dev.tokenbridge.sdk.framework;
