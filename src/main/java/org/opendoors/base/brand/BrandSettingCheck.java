package org.opendoors.base.brand;

import java.nio.file.Path;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Checks the brand pack as soon as the settings are read, before the database or the web server start, so that a
 * wrong {@code OPEN_DOORS_BRAND} stops the start in a second with its own sentence.
 */
class BrandSettingCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Environment settings = event.getEnvironment();
        String themesDir = settings.getProperty("opendoors.themes-dir");
        String folder = settings.getProperty("opendoors.brand");
        if (themesDir != null && folder != null) {
            new BrandLoader(Path.of(themesDir)).load(folder.trim());
        }
    }
}
