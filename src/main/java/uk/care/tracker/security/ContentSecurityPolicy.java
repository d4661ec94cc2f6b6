package uk.care.tracker.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The Content-Security-Policy of the application's own pages and API. Scripts come only from this origin, except the
 * inline scripts written into the pages shipped in {@code static/}: their SHA-256 hashes are computed at start, so
 * an edited page keeps working and no other inline script (an injected one) runs. Styles may be inline (the charts
 * and the email preview set them); nothing may frame the pages but this origin.
 */
public final class ContentSecurityPolicy {

    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(\\s[^>]*)?>(.*?)</script\\s*>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    private ContentSecurityPolicy() {
    }

    public static String forStaticPages(String pagesPattern) {
        Set<String> hashes = new TreeSet<>();
        try {
            for (Resource page : new PathMatchingResourcePatternResolver().getResources(pagesPattern)) {
                try (InputStream in = page.getInputStream()) {
                    hashes.addAll(inlineScriptHashes(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the pages " + pagesPattern + " to hash their inline scripts", e);
        }
        return policy(hashes);
    }

    static String policy(Set<String> scriptHashes) {
        StringBuilder scripts = new StringBuilder("'self'");
        scriptHashes.forEach(hash -> scripts.append(" '").append(hash).append('\''));
        return "default-src 'self'; script-src " + scripts + "; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
                + "frame-src 'self'; frame-ancestors 'self'";
    }

    static Set<String> inlineScriptHashes(String html) {
        Set<String> hashes = new TreeSet<>();
        Matcher matcher = INLINE_SCRIPT.matcher(html);
        while (matcher.find()) {
            String attributes = matcher.group(1);
            if (attributes != null && attributes.toLowerCase().contains("src=")) {
                continue;
            }
            hashes.add("sha256-" + Base64.getEncoder().encodeToString(sha256(matcher.group(2))));
        }
        return hashes;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
