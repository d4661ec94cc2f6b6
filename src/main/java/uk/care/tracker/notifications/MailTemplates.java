package uk.care.tracker.notifications;

import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Renders the bodies of messages from the Mustache templates under {@code templates/mail/}: each kind has a plain
 * text ({@code .txt.mustache}) and an HTML ({@code .html.mustache}) version. Values are escaped in HTML only.
 * The wording lives in the templates, so it can be changed without touching code.
 */
@Component
public class MailTemplates {

    /** The characters that matter in HTML text and quoted attributes; links keep their "=" readable. */
    private static final Mustache.Escaper HTML = Escapers.simple(new String[][] {
            {"&", "&amp;"}, {"<", "&lt;"}, {">", "&gt;"}, {"\"", "&quot;"}, {"'", "&#39;"}});
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private final Mustache.Compiler text;
    private final Mustache.Compiler html;
    private final Map<String, Template> compiled = new ConcurrentHashMap<>();

    public MailTemplates(Mustache.Compiler compiler) {
        // a missing key is a mistake in a template and fails; a null value (no due date) prints nothing
        this.html = compiler.nullValue("").withEscaper(HTML);
        this.text = compiler.escapeHTML(false).nullValue("");
    }

    public record Body(String text, String html) {
    }

    public Body render(String name, Map<String, Object> model) {
        return new Body(template(text, name + ".txt").execute(model), template(html, name + ".html").execute(model));
    }

    /** Dates as people read them: "Friday 18 December 2026". */
    public static String day(LocalDate date) {
        return date == null ? null : DAY.format(date);
    }

    /** A staff member as messages name them: "Ben Carter (S1002)", or what is known of it. */
    public static String staff(String staffId, String staffName) {
        if (staffName != null && staffId != null) {
            return staffName + " (" + staffId + ")";
        }
        return staffName != null ? staffName : staffId;
    }

    private Template template(Mustache.Compiler compiler, String name) {
        return compiled.computeIfAbsent(name, n -> compiler.loadTemplate("mail/" + n));
    }
}
