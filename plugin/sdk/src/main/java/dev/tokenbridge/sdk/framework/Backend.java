// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.framework;

import dev.tokenbridge.sdk.logical.ExistenceCheck;
import dev.tokenbridge.sdk.logical.LogicalBackend;
import dev.tokenbridge.sdk.logical.Operation;
import dev.tokenbridge.sdk.logical.Request;
import dev.tokenbridge.sdk.logical.Response;
import dev.tokenbridge.sdk.logical.SpecialPaths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A backend declared as a table: its paths (the first whose pattern matches a request wins), secret
 * types, special paths and hooks. It implements Vault's framework semantics: renew and revoke go to the
 * secret type named in the lease, rollback runs the periodic hook, {@code help} answers with help text and
 * OpenAPI, parameters are validated before any handler runs, and unexpected exceptions become internal
 * errors whose details only reach the log. Immutable and thread-safe if its handlers and hooks are.
 */
public final class Backend implements LogicalBackend {
    private final String help;
    private final List<Path> paths;
    private final SecretTypes secretTypes;
    private final SpecialPaths specialPaths;
    private final BackendHooks hooks;
    private final PathDispatcher dispatcher;

    private Backend(Builder b) {
        this.help = b.help;
        this.paths = List.copyOf(b.paths);
        this.secretTypes = new SecretTypes(b.secretTypes);
        this.specialPaths = new SpecialPaths(b.root, b.unauthenticated, b.sealWrap, b.local);
        this.hooks = b.hooks;
        this.dispatcher = new PathDispatcher(paths, b.version, specialPaths);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Response handleRequest(Request request) {
        Response response;
        switch (request.operation()) {
            case RENEW:
            case REVOKE:
                response = secretTypes.dispatch(request);
                break;
            case ROLLBACK:
                hooks.runPeriodic(request);
                return null;
            default:
                boolean rootHelp = request.operation() == Operation.HELP && request.path().isEmpty();
                response = rootHelp ? dispatcher.rootHelp(request, help) : dispatcher.handle(request);
        }
        if (response == null) {
            return null;
        }
        Response result = response;
        return Guard.call("response of " + request.operation().wireName(), request, () -> JsonValues.normalise(result));
    }

    @Override
    public ExistenceCheck existenceCheck(Request request) {
        return dispatcher.existenceCheck(request);
    }

    @Override
    public SpecialPaths specialPaths() {
        return specialPaths;
    }

    @Override
    public void initialize() {
        hooks.runInitialize();
    }

    @Override
    public void invalidateKey(String key) {
        hooks.runInvalidate(key);
    }

    @Override
    public void cleanup() {
        hooks.runCleanup();
    }

    /** The paths, in routing order. */
    public List<Path> paths() {
        return paths;
    }

    public List<SecretType> secretTypes() {
        return secretTypes.all();
    }

    /** The backend's own help text (root help adds the list of paths). */
    public String help() {
        return help;
    }

    /** Builds a {@link Backend}. Not thread-safe. */
    public static final class Builder {
        private String help = "";
        private String version = "";
        private final List<Path> paths = new ArrayList<>();
        private final List<SecretType> secretTypes = new ArrayList<>();
        private final List<String> root = new ArrayList<>();
        private final List<String> unauthenticated = new ArrayList<>();
        private final List<String> sealWrap = new ArrayList<>();
        private final List<String> local = new ArrayList<>();
        private BackendHooks hooks = BackendHooks.NONE;

        private Builder() {}

        /** What the backend is for; shown by root help ({@code vault path-help <mount>}). Required. */
        public Builder help(String text) {
            this.help = Objects.requireNonNull(text, "help").strip();
            return this;
        }

        /** The version the OpenAPI document's {@code info.version} reports (default {@code ""}). */
        public Builder version(String value) {
            this.version = Objects.requireNonNull(value, "version");
            return this;
        }

        /** Adds paths; order matters, since the first match wins. */
        public Builder paths(Path... more) {
            paths.addAll(Arrays.asList(more));
            return this;
        }

        public Builder secretTypes(SecretType... more) {
            secretTypes.addAll(Arrays.asList(more));
            return this;
        }

        /** Paths that need {@code sudo}: exact, or a prefix ending in {@code *}. */
        public Builder rootPaths(String... patterns) {
            root.addAll(Arrays.asList(patterns));
            return this;
        }

        /** Paths reachable without a token: exact, prefix ending in {@code *}, {@code +} for one segment. */
        public Builder unauthenticatedPaths(String... patterns) {
            unauthenticated.addAll(Arrays.asList(patterns));
            return this;
        }

        /** Storage keys to seal-wrap: exact, or a prefix ending in {@code /} (Vault Enterprise only). */
        public Builder sealWrapStorage(String... keys) {
            sealWrap.addAll(Arrays.asList(keys));
            return this;
        }

        /** Storage keys that are not replicated (Vault Enterprise only). */
        public Builder localStorage(String... keys) {
            local.addAll(Arrays.asList(keys));
            return this;
        }

        /**
         * Runs on Vault's rollback tick (about once a minute). Failures are logged, except
         * {@link ReadOnlyStorageException}, which is passed on for Vault to ignore on standbys.
         */
        public Builder periodic(Consumer<Request> hook) {
            hooks = new BackendHooks(Objects.requireNonNull(hook, "hook"), hooks.invalidate(), hooks.initialize(),
                    hooks.cleanup());
            return this;
        }

        /** Drops anything cached from a storage key another node changed. Failures are logged. */
        public Builder invalidate(Consumer<String> hook) {
            hooks = new BackendHooks(hooks.periodic(), Objects.requireNonNull(hook, "hook"), hooks.initialize(),
                    hooks.cleanup());
            return this;
        }

        /** Runs once storage is writable; a failure fails the mount. */
        public Builder initialize(Runnable hook) {
            hooks = new BackendHooks(hooks.periodic(), hooks.invalidate(), Objects.requireNonNull(hook, "hook"),
                    hooks.cleanup());
            return this;
        }

        /** Releases resources when the mount goes away. Failures are logged. */
        public Builder cleanup(Runnable hook) {
            hooks = new BackendHooks(hooks.periodic(), hooks.invalidate(), hooks.initialize(),
                    Objects.requireNonNull(hook, "hook"));
            return this;
        }

        /**
         * The backend.
         *
         * @throws IllegalStateException if help or paths are missing, or a pattern or secret type repeats
         */
        public Backend build() {
            if (help.isEmpty() || paths.isEmpty()) {
                throw new IllegalStateException("a backend needs help text and at least one path");
            }
            HashSet<String> patterns = new HashSet<>();
            for (Path path : paths) {
                if (!patterns.add(path.compiled().anchored())) {
                    throw new IllegalStateException("path " + path.pattern() + " declared twice");
                }
            }
            return new Backend(this);
        }
    }
}
