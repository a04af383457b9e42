// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.role;

import dev.tokenbridge.sdk.logical.BadRequestException;
import dev.tokenbridge.sdk.logical.Identity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Identity templates in a role's {@code subject} and {@code claims}: {@code {{identity.entity.id}}},
 * {@code {{identity.entity.name}}}, {@code {{identity.entity.metadata.KEY}}},
 * {@code {{identity.entity.aliases.<mount accessor>.name}}}, {@code {{identity.groups.names}}} (a list),
 * {@code {{request.display_name}}} and {@code {{role.name}}}. Templates are checked when a role is written,
 * so an unknown one is a 400 then, and resolved when a token is issued. Stateless.
 */
public final class Templates {
    /** The text of the groups template, which is a list and so must be a whole claim value. */
    static final String GROUP_NAMES = "identity.groups.names";
    static final String SUPPORTED = "{{identity.entity.id}}, {{identity.entity.name}}, "
            + "{{identity.entity.metadata.KEY}}, {{identity.entity.aliases.<mount accessor>.name}}, "
            + "{{identity.groups.names}}, {{request.display_name}}, {{role.name}}";

    private static final Pattern METADATA = Pattern.compile("identity\\.entity\\.metadata\\.([^\\s{}]+)");
    private static final Pattern ALIAS = Pattern.compile("identity\\.entity\\.aliases\\.([A-Za-z0-9_.-]+)\\.name");
    private static final int MAX_DEPTH = 8;

    private Templates() {}

    /** A template found in a text, as its start and end offsets and its trimmed expression. */
    record Placeholder(int start, int end, String expression) {}

    /**
     * Checks every template of a text.
     *
     * @param listAllowed whether the text may be exactly {@code {{identity.groups.names}}}
     * @throws BadRequestException naming {@code field} for an unknown or unclosed template
     */
    public static void check(String field, String text, boolean listAllowed) {
        List<Placeholder> placeholders = parse(field, text);
        for (Placeholder p : placeholders) {
            if (!known(p.expression())) {
                throw new BadRequestException(field + ": unknown template " + Inputs.quote("{{" + p.expression() + "}}")
                        + "; supported: " + SUPPORTED);
            }
            boolean whole = placeholders.size() == 1 && p.start() == 0 && p.end() == text.length();
            if (p.expression().equals(GROUP_NAMES) && !(listAllowed && whole)) {
                throw new BadRequestException(field + ": {{" + GROUP_NAMES + "}} is a list, so it must be the whole "
                        + "value of a claim, not part of a text or the subject");
            }
        }
    }

    /** Checks every string of a claims template, at any depth; object keys are not templates. */
    public static void checkClaims(String field, Map<String, Object> claims) {
        checkValue(field, claims, true, 0);
    }

    private static void checkValue(String where, Object value, boolean memberOfObject, int depth) {
        if (depth > MAX_DEPTH) {
            throw new BadRequestException(where + ": expected claims nested at most " + MAX_DEPTH + " levels deep");
        }
        if (value instanceof String text) {
            check(where, text, memberOfObject);
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> checkValue(where + "." + key, item, true, depth + 1));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                checkValue(where + "[" + i + "]", list.get(i), false, depth + 1);
            }
        }
    }

    /**
     * Resolves a checked text. A text that is exactly one template resolves to that template's value:
     * a list for the groups template, and null when the value is missing (no entity, no such metadata key
     * or alias), so the claim can be left out. Within a longer text a missing value is empty.
     */
    public static Object render(String text, TemplateContext context) {
        List<Placeholder> placeholders = parse("template", text);
        if (placeholders.isEmpty()) {
            return text;
        }
        Placeholder first = placeholders.get(0);
        if (placeholders.size() == 1 && first.start() == 0 && first.end() == text.length()) {
            return resolve(first.expression(), context);
        }
        StringBuilder out = new StringBuilder();
        int last = 0;
        for (Placeholder p : placeholders) {
            out.append(text, last, p.start());
            Object value = resolve(p.expression(), context);
            out.append(value == null ? "" : value);
            last = p.end();
        }
        return out.append(text.substring(last)).toString();
    }

    /** Resolves every string of a claims template; members whose whole value is missing are left out. */
    public static Map<String, Object> renderClaims(Map<String, Object> claims, TemplateContext context) {
        return renderObject(claims, context);
    }

    private static Map<String, Object> renderObject(Map<?, ?> object, TemplateContext context) {
        Map<String, Object> out = new LinkedHashMap<>();
        object.forEach((key, value) -> {
            Object rendered = renderValue(value, context);
            if (rendered != null || value == null) {
                out.put(String.valueOf(key), rendered);
            }
        });
        return Collections.unmodifiableMap(out);
    }

    private static Object renderValue(Object value, TemplateContext context) {
        if (value instanceof String text) {
            return render(text, context);
        }
        if (value instanceof Map<?, ?> map) {
            return renderObject(map, context);
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            for (Object item : list) {
                Object rendered = renderValue(item, context);
                if (rendered != null || item == null) {
                    out.add(rendered);
                }
            }
            return Collections.unmodifiableList(out);
        }
        return value;
    }

    static List<Placeholder> parse(String field, String text) {
        List<Placeholder> found = new ArrayList<>();
        int from = 0;
        while (true) {
            int open = text.indexOf("{{", from);
            if (open < 0) {
                return found;
            }
            int close = text.indexOf("}}", open + 2);
            if (close < 0) {
                throw new BadRequestException(field + ": a template opened with {{ is never closed with }}");
            }
            found.add(new Placeholder(open, close + 2, text.substring(open + 2, close).strip()));
            from = close + 2;
        }
    }

    private static boolean known(String expression) {
        switch (expression) {
            case "identity.entity.id":
            case "identity.entity.name":
            case GROUP_NAMES:
            case "request.display_name":
            case "role.name":
                return true;
            default:
                return METADATA.matcher(expression).matches() || ALIAS.matcher(expression).matches();
        }
    }

    private static Object resolve(String expression, TemplateContext context) {
        switch (expression) {
            case "identity.entity.id":
                return context.entity().map(Identity.Entity::id).orElse(null);
            case "identity.entity.name":
                return context.entity().map(Identity.Entity::name).filter(name -> !name.isEmpty()).orElse(null);
            case GROUP_NAMES:
                return context.groupNames();
            case "request.display_name":
                return context.displayName().isEmpty() ? null : context.displayName();
            case "role.name":
                return context.roleName();
            default:
                break;
        }
        Matcher metadata = METADATA.matcher(expression);
        if (metadata.matches()) {
            return context.entity().map(entity -> entity.metadata().get(metadata.group(1))).orElse(null);
        }
        Matcher alias = ALIAS.matcher(expression);
        if (alias.matches()) {
            Optional<Identity.Alias> match = context.entity().flatMap(entity -> entity.aliases().stream()
                    .filter(a -> alias.group(1).equals(a.mountAccessor())).findFirst());
            return match.map(Identity.Alias::name).orElse(null);
        }
        throw new IllegalStateException("unchecked template");
    }
}
