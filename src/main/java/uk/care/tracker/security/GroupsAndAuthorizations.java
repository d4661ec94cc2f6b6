package uk.care.tracker.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the care groups, what each may do, and the Tasklist filters, in every profile. These are roles, not
 * people: no user or password is created here (demo users come only with the demo profile).
 * Each group starts only its own workflows; task visibility comes from candidate groups and assignees, which
 * the engine turns into per-task authorizations (read and work on that task, nothing wider).
 * <p>
 * It creates only what is missing, so it may run on every start. With several nodes, start-ups take turns
 * ({@code engine/ClusterStartupLock}, ADR 0006), so two nodes never create the same group, grant or filter at once.
 */
@Component
public class GroupsAndAuthorizations {

    /** Which groups start which process (SPEC section 2). */
    public static final Map<String, List<String>> STARTERS = Map.of(
            "supervision-action", List.of(CareGroups.LINE_MANAGERS, CareGroups.QUALITY_LEADS),
            "escalated-case", List.of(CareGroups.REGISTERED_MANAGERS),
            "probation-action", List.of(CareGroups.ONBOARDING_SUPERVISORS));

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final FilterService filters;
    private final TaskService tasks;

    public GroupsAndAuthorizations(IdentityService identity, AuthorizationService authorizations, FilterService filters,
                                   TaskService tasks) {
        this.identity = identity;
        this.authorizations = authorizations;
        this.filters = filters;
        this.tasks = tasks;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(0)
    public void setUp() {
        CareGroups.CARE_ROLES.forEach(this::ensureGroup);
        for (String group : CareGroups.CARE_ROLES.keySet()) {
            grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            // reading the process models lets Tasklist show process names and load the forms deployed with them
            grant(group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
            // names of colleagues in Tasklist (assignees, the staff picker) and the check that a named manager exists
            grant(group, Resources.USER, ANY, Permissions.READ);
            grant(group, Resources.GROUP, ANY, Permissions.READ);
        }
        for (String group : CareGroups.OVERSIGHT) {
            if (!group.equals(CareGroups.ADMINS)) {
                grant(group, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ_INSTANCE,
                        ProcessDefinitionPermissions.READ_HISTORY);
            }
        }
        STARTERS.forEach((processKey, groups) -> groups.forEach(group -> {
            grant(group, Resources.PROCESS_DEFINITION, processKey, Permissions.READ, Permissions.CREATE_INSTANCE);
            grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
        }));
        ensureFilter("My tasks", -10, tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        ensureFilter("My team's tasks", 0,
                tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks());
    }

    private void ensureGroup(String id, String name) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType("WORKFLOW");
            identity.saveGroup(group);
        }
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        // a list, not singleResult: a database set up by two nodes racing before start-ups took turns (ADR 0006) may
        // hold the same grant twice, and a second copy must not stop the application from starting
        Authorization existing = authorizations.createAuthorizationQuery()
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).list().stream().findFirst().orElse(null);
        Authorization authorization = existing != null ? existing : authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        if (existing == null) {
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        }
        boolean changed = existing == null;
        for (Permission permission : permissions) {
            if (!authorization.isPermissionGranted(permission)) {
                authorization.addPermission(permission);
                changed = true;
            }
        }
        if (changed) {
            authorizations.saveAuthorization(authorization);
        }
    }

    private void ensureFilter(String name, int priority, org.camunda.bpm.engine.task.TaskQuery query) {
        if (filters.createFilterQuery().filterName(name).count() > 0) {
            return;
        }
        Filter filter = filters.newTaskFilter(name).setQuery(query)
                .setProperties(Map.of("priority", priority, "description", name, "refresh", true));
        filters.saveFilter(filter);
        for (String group : CareGroups.CARE_ROLES.keySet()) {
            grant(group, Resources.FILTER, filter.getId(), Permissions.READ);
        }
    }
}
