// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.goplugin;

import io.grpc.ManagedChannel;

/** Opens the channel to the Vault services announced under a broker id. */
@FunctionalInterface
public interface BrokerDialer {
    /** @throws IllegalStateException if the id is never announced or cannot be reached */
    ManagedChannel dial(int brokerId);
}
