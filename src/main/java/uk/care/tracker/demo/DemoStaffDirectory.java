package uk.care.tracker.demo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import uk.care.tracker.staff.StaffCsvImport;
import uk.care.tracker.staff.StaffDirectory;

/** Fills an empty staff directory with a small demo team, through the same import that HR files use. */
@Component
@Profile("demo")
public class DemoStaffDirectory {

    private final StaffDirectory directory;
    private final StaffCsvImport importer;

    public DemoStaffDirectory(StaffDirectory directory, StaffCsvImport importer) {
        this.directory = directory;
        this.importer = importer;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(20)
    public void load() throws IOException {
        if (!directory.isEmpty()) {
            return;
        }
        try (Reader csv = new InputStreamReader(new ClassPathResource("demo/staff.csv").getInputStream(), StandardCharsets.UTF_8)) {
            importer.importCsv(csv, "demo", "demo/staff.csv");
        }
    }
}
