package org.opendoors.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.opendoors.SpringTest;
import org.springframework.boot.test.web.server.LocalServerPort;

class ActuatorAccessTest extends SpringTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void health_is_open_and_reports_the_database_and_mail() throws Exception {
        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"db\"").contains("\"mail\"").contains("\"outbox\"");
    }

    @Test
    void nothing_else_of_actuator_is_open_without_sign_in() throws Exception {
        for (String path : new String[] {"/actuator", "/actuator/env", "/actuator/beans"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isIn(302, 401, 403, 404);
            assertThat(response.body()).as(path).doesNotContain("spring.datasource");
        }
    }

    @Test
    void the_brand_stylesheet_and_logo_are_served_at_run_time() throws Exception {
        assertThat(get("/brand/brand.css").body()).contains("--lumo-primary-color");
        assertThat(get("/brand/logo").headers().firstValue("Content-Type")).hasValue("image/svg+xml");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
