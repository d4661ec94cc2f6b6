package uk.care.tracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentSecurityPolicyTest {

    @Test
    void inline_scripts_are_hashed_and_external_ones_are_not() {
        String html = "<script src=\"/app.js\"></script>\n<script>alert('x');</script>";
        // sha256 of "alert('x');"
        assertThat(ContentSecurityPolicy.inlineScriptHashes(html)).hasSize(1)
                .allSatisfy(hash -> assertThat(hash).startsWith("sha256-"));
    }

    @Test
    void the_shipped_pages_get_a_policy_without_unsafe_scripts() {
        String policy = ContentSecurityPolicy.forStaticPages("classpath*:static/*.html");
        assertThat(policy).contains("frame-ancestors 'self'").contains("object-src 'none'").contains("'sha256-");
        assertThat(policy.replaceAll(".*script-src ([^;]*);.*", "$1")).doesNotContain("unsafe");
    }
}
