package uk.care.tracker.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The supervision-action process with the application taken out, for the throughput benchmark only (never part of
 * the product's deployment): the same BPMN, same flow, forms, asynchronous continuations, retry cycles, user tasks
 * and timers, but every delegate a no-op expression, no execution listener (no form check, no business key), no
 * due-date expression, timers at a fixed date, and the one gateway condition that reads a variable a delegate sets
 * ({@code actionClosed}) reading the form's field instead. What the engine costs without what the application adds.
 */
final class BareTwin {

    static final String KEY = "supervision-action-bare";
    private static final Pattern TIME_DATE = Pattern.compile("(?<open><bpmn:timeDate[^>]*>)\\$\\{[^<]*}(?<close></bpmn:timeDate>)");

    private BareTwin() {
    }

    static String of(Path bpmn) throws IOException {
        String xml = Files.readString(bpmn);
        xml = xml.replace("\"supervision-action\"", "\"" + KEY + "\"")
                .replace("name=\"Supervision action\"", "name=\"Supervision action (bare twin)\"");
        xml = xml.replaceAll("camunda:delegateExpression=\"\\$\\{[^\"]*}\"", "camunda:expression=\"\\${null}\"");
        xml = xml.replaceAll("\\s*<camunda:executionListener [^>]*/>", "");
        xml = xml.replaceAll("\\s*<camunda:taskListener [^>]*/>", "");
        xml = xml.replaceAll(" camunda:dueDate=\"[^\"]*\"", "");
        xml = TIME_DATE.matcher(xml).replaceAll("${open}2099-01-01T00:00:00Z${close}");
        xml = xml.replace("${actionClosed}", "${completionStatus == 'COMPLETE'}");
        if (xml.contains("delegateExpression") || xml.contains("dueDates.") || xml.contains("<camunda:script")) {
            throw new IllegalStateException("the bare twin still calls the application");
        }
        return xml;
    }
}
