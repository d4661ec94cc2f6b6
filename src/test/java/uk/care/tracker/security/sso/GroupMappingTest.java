package uk.care.tracker.security.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GroupMappingTest {

    private final GroupMapping mapping = GroupMapping.parse(List.of("Care-LM=line-managers", " Care-Deputies = deputy-managers ",
            "IT=Admins=camunda-admin", "Care-LM=mentors"));

    @Test
    void directory_values_map_to_the_care_groups_named_and_nothing_else() {
        assertThat(mapping.careGroups(List.of("Care-LM", "Unknown"))).containsExactly("line-managers", "mentors");
        assertThat(mapping.careGroups(List.of("Care-Deputies"))).containsExactly("deputy-managers");
        // a value may contain '=': the care group is after the last one
        assertThat(mapping.careGroups(List.of("IT=Admins"))).containsExactly("camunda-admin");
        // the raw names of the application's groups grant nothing by themselves; values are case-sensitive
        assertThat(mapping.careGroups(List.of("camunda-admin", "line-managers", "care-lm"))).isEmpty();
    }

    @Test
    void a_mapping_to_a_group_the_application_does_not_have_or_an_empty_mapping_stops_the_start() {
        assertThatThrownBy(() -> GroupMapping.parse(List.of("Care-LM=line-manager"))).hasMessageContaining("not a group");
        assertThatThrownBy(() -> GroupMapping.parse(List.of("Care-LM"))).hasMessageContaining("not of the form");
        assertThatThrownBy(() -> GroupMapping.parse(List.of("=line-managers"))).hasMessageContaining("not of the form");
        assertThatThrownBy(() -> GroupMapping.parse(List.of())).hasMessageContaining("empty");
    }

    @Test
    void the_groups_claim_is_read_as_a_list_a_single_value_or_a_nested_claim() {
        DirectoryClaims flat = new DirectoryClaims(new SsoProperties(true, null, null, null, List.of("a=mentors"), false, null));
        assertThat(flat.directoryGroups(Map.of("groups", List.of("a", "b")))).containsExactly("a", "b");
        assertThat(flat.directoryGroups(Map.of("groups", "a"))).containsExactly("a");
        assertThat(flat.directoryGroups(Map.of())).isEmpty();
        DirectoryClaims nested = new DirectoryClaims(new SsoProperties(true, null, null, "realm_access.roles", List.of(), false, null));
        assertThat(nested.directoryGroups(Map.of("realm_access", Map.of("roles", List.of("r1"))))).containsExactly("r1");
    }

    @Test
    void the_user_id_is_the_lower_cased_username_claim_and_must_fit_camunda() {
        DirectoryClaims claims = new DirectoryClaims(new SsoProperties(true, null, null, null, List.of(), false, null));
        assertThat(claims.userId(Map.of("preferred_username", "Jo.Bloggs@Care.example.org"))).isEqualTo("jo.bloggs@care.example.org");
        assertThatThrownBy(() -> claims.userId(Map.of())).isInstanceOf(SsoRefusal.class);
        assertThatThrownBy(() -> claims.userId(Map.of("preferred_username", "jo bloggs"))).isInstanceOf(SsoRefusal.class);
        assertThatThrownBy(() -> claims.userId(Map.of("preferred_username", "x".repeat(65)))).isInstanceOf(SsoRefusal.class);
    }
}
