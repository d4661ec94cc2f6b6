package uk.care.tracker.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What may be cached at all (ADR 0005, decision 5): only answers that depend on watched tables and the caller. */
class FilterResponseCacheTest {

    private final FilterResponseCache cache = new FilterResponseCache(null, null, 1024);

    @Test
    void the_application_filters_are_cacheable() {
        assertThat(cache.cacheableFilter("{\"taskAssigneeExpression\":\"${currentUser()}\"}")).isTrue();
        assertThat(cache.cacheableFilter(
                "{\"includeAssignedTasks\":true,\"taskCandidateGroupInExpression\":\"${currentUserGroups()}\"}")).isTrue();
    }

    @Test
    void filters_that_read_the_clock_variables_or_instances_are_not() {
        assertThat(cache.cacheableFilter("{\"dueBeforeExpression\":\"${now()}\"}")).isFalse();
        assertThat(cache.cacheableFilter("{\"taskAssigneeExpression\":\"${dateTime().toString()}\"}")).isFalse();
        assertThat(cache.cacheableFilter("{\"processVariables\":[{\"name\":\"x\",\"value\":1,\"operator\":\"eq\"}]}")).isFalse();
        assertThat(cache.cacheableFilter("{\"processInstanceBusinessKey\":\"SA-1\"}")).isFalse();
        assertThat(cache.cacheableFilter("{\"orQueries\":[{\"taskAssignee\":\"a\"}]}")).isFalse();
        assertThat(cache.cacheableFilter(null)).isFalse();
        assertThat(cache.cacheableFilter("not json")).isFalse();
    }

    @Test
    void only_tasklists_plain_page_request_is_cacheable() {
        assertThat(cache.cacheableBody(new byte[0])).isTrue();
        assertThat(cache.cacheableBody(bytes("{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
                + "\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}"))).isTrue();
        assertThat(cache.cacheableBody(bytes("{\"processVariables\":[{\"name\":\"staff\",\"operator\":\"eq\",\"value\":1}]}")))
                .isFalse();
        assertThat(cache.cacheableBody(bytes("{\"sorting\":[{\"sortBy\":\"processVariable\",\"sortOrder\":\"asc\","
                + "\"parameters\":{\"variable\":\"x\",\"type\":\"String\"}}]}"))).isFalse();
        assertThat(cache.cacheableBody(bytes("{\"nameLike\":\"%Review%\"}"))).isFalse();
        assertThat(cache.cacheableBody(bytes("[1]"))).isFalse();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
