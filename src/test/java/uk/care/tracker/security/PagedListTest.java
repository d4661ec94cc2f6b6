package uk.care.tracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class PagedListTest {

    private static EngineApiGate.Call call(String method, String path) {
        return EngineApiGate.call(method, "/engine-rest/" + path);
    }

    @Test
    void aListWithoutAPageGetsTheFirstTwoThousandRows() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/engine-rest/task");
        request.setQueryString("candidateGroup=deputies");
        HttpServletRequest seen = PagedList.of(call("GET", "task"), request);
        assertThat(seen.getQueryString()).isEqualTo("candidateGroup=deputies&maxResults=2000");
        assertThat(seen.getParameter("maxResults")).isEqualTo("2000");
        assertThat(seen.getParameterMap()).containsKey("maxResults");
    }

    @Test
    void aPagedListAndAnythingElseGoOnAsAsked() {
        MockHttpServletRequest paged = new MockHttpServletRequest("POST", "/engine-rest/filter/f1/list");
        paged.setQueryString("firstResult=0&maxResults=15");
        assertThat(PagedList.of(call("POST", "filter/f1/list"), paged)).isSameAs(paged);
        MockHttpServletRequest single = new MockHttpServletRequest("GET", "/engine-rest/task/t1");
        assertThat(PagedList.of(call("GET", "task/t1"), single)).isSameAs(single);
    }

    @Test
    void moreThanTwoThousandOrNotANumberIsRefusedWithTheReason() {
        assertThat(PagedList.check(call("GET", "task"), "maxResults=2001")).satisfies(refusal -> {
            assertThat(refusal.status()).isEqualTo(400);
            assertThat(refusal.message()).contains("at most 2000");
        });
        assertThat(PagedList.check(call("POST", "filter/f1/list"), "maxResults=15&maxResults=100000")).isNotNull();
        assertThat(PagedList.check(call("GET", "user"), "maxResults=lots").message()).contains("whole number");
        assertThat(PagedList.check(call("GET", "task"), "maxResults=2000")).isNull();
        assertThat(PagedList.check(call("GET", "task/t1"), "maxResults=100000")).isNull();
    }
}
