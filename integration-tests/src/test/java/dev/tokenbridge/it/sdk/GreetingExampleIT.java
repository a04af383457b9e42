// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.it.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tokenbridge.it.support.VaultCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The SDK's README example, run as a real plugin in a real Vault. */
class GreetingExampleIT {
    @RegisterExtension static final ExampleVault VAULT = new ExampleVault();

    @Test
    void theExampleStoresAGreetingAndReadsItBack() {
        VAULT.cli().run("write", "greeting/greeting", "message=hello from the SDK").assertSuccess();
        VaultCli.Result read = VAULT.cli().run("read", "-format=json", "greeting/greeting").assertSuccess();
        assertEquals("hello from the SDK", read.data().get("message").getAsString());
    }

    @Test
    void theExampleRequiresTheMessageField() {
        VaultCli.Result write = VAULT.cli().run("write", "greeting/greeting", "message=");
        assertNotEquals(0, write.exitCode());
        assertTrue(write.stderr().contains("Code: 400") && write.stderr().contains("message"), write.stderr());
    }

    @Test
    void theExamplesLeaseIsIssuedAndRevokedThroughVault() {
        VaultCli.Result lease = VAULT.cli().run("read", "-format=json", "greeting/lease", "ttl=2m").assertSuccess();
        String leaseId = lease.json().get("lease_id").getAsString();
        assertTrue(leaseId.startsWith("greeting/lease/"), leaseId);
        assertEquals(120, lease.json().get("lease_duration").getAsInt());

        VAULT.cli().run("lease", "revoke", "-sync", leaseId).assertSuccess();

        VaultCli.Result lookup = VAULT.cli().run("lease", "lookup", leaseId);
        assertNotEquals(0, lookup.exitCode(), "the lease is gone after revocation: " + lookup.stdout());
    }
}
