// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.framework;

import dev.tokenbridge.sdk.logical.Operation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One entry of a backend's table of paths: a pattern relative to the mount, its fields, a handler per
 * operation, an optional existence check and its help text.
 *
 * <pre>{@code
 * Path.builder("roles/" + Path.genericNameRegex("name"))
 *         .fields(NAME, TTL)
 *         .existenceCheck(this::exists)
 *         .operation(Operation.READ, "Read a role.", this::read)
 *         .operation(Operation.CREATE, "Create a role.", this::write)
 *         .operation(Operation.UPDATE, "Update a role.", this::write)
 *         .helpSynopsis("Manage roles.")
 *         .helpDescription("A role decides what tokens issued under it contain.")
 *         .build();
 * }</pre>
 *
 * <p>The pattern is a regular expression, anchored as {@code ^…$}; each named group must be a declared
 * field, and its captured value overrides a body value of the same name. Which paths need a token or
 * {@code sudo} is declared once, on the {@link Backend}. Immutable and thread-safe.
 */
public final class Path {
    private static final Set<Operation> PATH_OPERATIONS = EnumSet.of(Operation.READ, Operation.LIST,
            Operation.CREATE, Operation.UPDATE, Operation.DELETE, Operation.PATCH, Operation.HEADER, Operation.SCAN);

    private final String pattern;
    private final PathPattern compiled;
    private final List<Field<?>> fields;
    private final Map<Operation, PathOperation> operations;
    private final ExistenceCheckFunction existenceCheck;
    private final boolean takesArbitraryInput;
    private final String helpSynopsis;
    private final String helpDescription;

    private Path(Builder b) {
        this.pattern = b.pattern;
        this.compiled = PathPattern.compile(b.pattern);
        this.fields = List.copyOf(b.fields.values());
        this.operations = Collections.unmodifiableMap(new EnumMap<>(b.operations));
        this.existenceCheck = b.existenceCheck;
        this.takesArbitraryInput = b.takesArbitraryInput;
        this.helpSynopsis = b.helpSynopsis;
        this.helpDescription = b.helpDescription;
    }

    /** Starts a path with this pattern (relative to the mount, no leading slash). */
    public static Builder builder(String pattern) {
        return new Builder(pattern);
    }

    /**
     * A named group matching a Vault name (word characters, {@code .} and {@code -}, starting and ending
     * with a word character), as Go's {@code framework.GenericNameRegex}.
     */
    public static String genericNameRegex(String name) {
        Field.checkName(name);
        return "(?<" + name + ">\\w(([\\w.-]+)?\\w)?)";
    }

    /** The pattern as written. */
    public String pattern() {
        return pattern;
    }

    PathPattern compiled() {
        return compiled;
    }

    /** The declared fields, in declaration order. */
    public List<Field<?>> fields() {
        return fields;
    }

    /** The supported operations; {@code help} is always supported in addition. */
    public Map<Operation, PathOperation> operations() {
        return operations;
    }

    public Optional<ExistenceCheckFunction> existenceCheck() {
        return Optional.ofNullable(existenceCheck);
    }

    /** Whether parameters that are not fields are passed through instead of rejected. */
    public boolean takesArbitraryInput() {
        return takesArbitraryInput;
    }

    /** One line on what the path is for. */
    public String helpSynopsis() {
        return helpSynopsis;
    }

    /** The longer explanation {@code vault path-help} shows. */
    public String helpDescription() {
        return helpDescription;
    }

    @Override
    public String toString() {
        return "Path[" + pattern + " " + operations.keySet() + "]";
    }

    /**
     * Builds a {@link Path}. Declaration mistakes (a create operation without an existence check, a capture
     * without a field, missing help) fail at {@link #build()}. Not thread-safe.
     */
    public static final class Builder {
        private final String pattern;
        private final Map<String, Field<?>> fields = new LinkedHashMap<>();
        private final Map<Operation, PathOperation> operations = new EnumMap<>(Operation.class);
        private ExistenceCheckFunction existenceCheck;
        private boolean takesArbitraryInput;
        private String helpSynopsis = "";
        private String helpDescription = "";

        private Builder(String pattern) {
            this.pattern = Objects.requireNonNull(pattern, "pattern");
        }

        /** Adds fields; names must be unique within the path. */
        public Builder fields(Field<?>... more) {
            for (Field<?> field : more) {
                if (fields.putIfAbsent(field.name(), field) != null) {
                    throw new IllegalArgumentException(pattern + ": field " + field.name() + " declared twice");
                }
            }
            return this;
        }

        /** Adds an operation; {@code help} is built in and renew, revoke and rollback belong to the backend. */
        public Builder operation(Operation operation, String summary, Handler handler) {
            if (!PATH_OPERATIONS.contains(operation)) {
                throw new IllegalArgumentException(pattern + ": paths cannot handle " + operation.wireName());
            }
            if (operations.putIfAbsent(operation, new PathOperation(summary, handler)) != null) {
                throw new IllegalArgumentException(pattern + ": operation " + operation.wireName() + " declared twice");
            }
            return this;
        }

        public Builder existenceCheck(ExistenceCheckFunction check) {
            this.existenceCheck = Objects.requireNonNull(check, "check");
            return this;
        }

        /** Pass parameters that are not fields through (in {@link FieldData#raw()}) instead of rejecting them. */
        public Builder takesArbitraryInput() {
            this.takesArbitraryInput = true;
            return this;
        }

        public Builder helpSynopsis(String text) {
            this.helpSynopsis = Objects.requireNonNull(text, "text").strip();
            return this;
        }

        public Builder helpDescription(String text) {
            this.helpDescription = Objects.requireNonNull(text, "text").strip();
            return this;
        }

        /**
         * The path.
         *
         * @throws IllegalArgumentException if the pattern is invalid or a capture has no field
         * @throws IllegalStateException if the declaration is incomplete or contradicts itself
         */
        public Path build() {
            List<String> problems = new ArrayList<>();
            if (operations.isEmpty()) {
                problems.add("no operations");
            }
            if (operations.containsKey(Operation.CREATE) && existenceCheck == null) {
                problems.add("a create operation needs an existence check");
            }
            if (helpSynopsis.isEmpty() || helpDescription.isEmpty()) {
                problems.add("a path needs a help synopsis and description");
            }
            for (String capture : PathPattern.compile(pattern).captureNames()) {
                if (!fields.containsKey(capture)) {
                    problems.add("capture " + capture + " is not a declared field");
                }
            }
            if (!problems.isEmpty()) {
                throw new IllegalStateException(pattern + ": " + String.join("; ", problems));
            }
            return new Path(this);
        }
    }
}
