package uk.care.tracker.security.sso;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.care.tracker.security.CareGroups;

/**
 * The identity provider's groups or roles, translated to the care groups of SPEC section 2. Only the groups this
 * mapping names are managed from the directory; a value it does not list grants nothing, and {@code camunda-admin}
 * comes only from an entry that names it.
 */
public final class GroupMapping {

    /** Every group a directory may grant: the care roles and the administrators. */
    static final Set<String> MANAGED;

    static {
        Set<String> managed = new LinkedHashSet<>(CareGroups.CARE_ROLES.keySet());
        managed.add(CareGroups.ADMINS);
        MANAGED = Set.copyOf(managed);
    }

    private final Map<String, Set<String>> careGroupsByDirectoryValue;

    private GroupMapping(Map<String, Set<String>> careGroupsByDirectoryValue) {
        this.careGroupsByDirectoryValue = careGroupsByDirectoryValue;
    }

    /** Parses entries {@code <directory value>=<care group>}; a wrong entry stops the start with the reason. */
    public static GroupMapping parse(List<String> entries) {
        Map<String, Set<String>> mapping = new LinkedHashMap<>();
        for (String entry : entries) {
            int equals = entry.lastIndexOf('=');
            String directoryValue = equals <= 0 ? "" : entry.substring(0, equals).trim();
            String careGroup = equals <= 0 ? "" : entry.substring(equals + 1).trim();
            if (directoryValue.isEmpty() || careGroup.isEmpty()) {
                throw new IllegalStateException("tracker.sso.groups: '" + entry
                        + "' is not of the form <value of the groups claim>=<care group>");
            }
            if (!MANAGED.contains(careGroup)) {
                throw new IllegalStateException("tracker.sso.groups: '" + entry + "' names '" + careGroup
                        + "', which is not a group of the application; use one of " + MANAGED);
            }
            mapping.computeIfAbsent(directoryValue, v -> new LinkedHashSet<>()).add(careGroup);
        }
        if (mapping.isEmpty()) {
            throw new IllegalStateException("tracker.sso.groups is empty: with single sign-on on, nobody could do anything."
                    + " Map the identity provider's groups to the care groups (README, 'Sign in with your organisation's accounts')");
        }
        return new GroupMapping(mapping);
    }

    /** The care groups a person's directory values grant, in a stable order; empty when none is mapped. */
    public List<String> careGroups(Collection<String> directoryValues) {
        Set<String> result = new LinkedHashSet<>();
        for (String value : directoryValues) {
            result.addAll(careGroupsByDirectoryValue.getOrDefault(value, Set.of()));
        }
        return MANAGED.stream().filter(result::contains).sorted().toList();
    }
}
