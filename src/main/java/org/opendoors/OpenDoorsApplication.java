package org.opendoors;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Open Doors: employer engagement portal and pledge CRM for a council's leaving-care service.
 * <p>
 * Lumo comes first, then the app's own styles, then the brand pack's stylesheet, which the app serves
 * at run time from {@code themes/<brand>/brand.css} so that a brand needs no rebuild.
 */
@SpringBootApplication
@EnableScheduling
@EnableAsync
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/app.css")
@StyleSheet("brand/brand.css")
public class OpenDoorsApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        try {
            SpringApplication.run(OpenDoorsApplication.class, args);
        } catch (Throwable startFailed) {
            // Spring Boot has already logged why, in a sentence. Threads left behind (the embedded MariaDB's among
            // them) would keep a process alive that serves nothing; exiting runs the hook that stops the database.
            System.exit(1);
        }
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "brand/logo", "any");
        settings.addMetaTag("viewport", "width=device-width, initial-scale=1");
    }
}
