package org.opendoors.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.opendoors.SpringTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every kind of response carries the security headers; HSTS and Secure cookies come with HTTPS (here via a TLS proxy). */
class SecurityHeadersTest extends SpringTest {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/login", "/pledge-wall", "/open-data/pledges.csv", "/open-data/pledges.json",
            "/brand/logo", "/actuator/health", "/no-such-page", "/certificates/1.pdf"})
    void every_response_carries_the_security_headers(String path) throws Exception {
        HttpHeaders headers = get(path, false).headers();
        String csp = headers.firstValue("Content-Security-Policy").orElse("");
        assertThat(csp).contains("frame-ancestors 'none'").contains("object-src 'none'").contains("base-uri 'self'")
                .contains("default-src 'self'");
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(headers.firstValue("Permissions-Policy").orElse("")).contains("camera=()");
        assertThat(headers.firstValue("Strict-Transport-Security")).as("no HSTS over plain HTTP").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/login", "/open-data/pledges.csv", "/no-such-page"})
    void pages_and_data_are_never_stored_by_a_browser_or_proxy(String path) throws Exception {
        HttpHeaders headers = get(path, false).headers();
        assertThat(headers.firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(headers.firstValue("Pragma")).hasValue("no-cache");
    }

    /**
     * Spring's "Pragma: no-cache" beside a file's own Cache-Control made Chromium ask the server again for each of
     * Vaadin's scripts on every page load.
     */
    @Test
    void the_scripts_stylesheets_and_logo_keep_their_own_caching() throws Exception {
        String page = get("/login", false).body();
        Matcher script = Pattern.compile("(VAADIN/build/[^\"']+\\.js)").matcher(page);
        assertThat(script.find()).as("the page loads a script from Vaadin's bundle").isTrue();
        for (String path : List.of("/" + script.group(1), "/brand/logo", "/brand/brand.css", "/styles/app.css")) {
            HttpResponse<String> response = get(path, false);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Pragma")).as(path).isEmpty();
            assertThat(response.headers().firstValue("Expires")).as(path).isEmpty();
            assertThat(response.headers().firstValue("Cache-Control").orElse("")).as(path).doesNotContain("no-store");
        }
    }

    @Test
    void behind_a_tls_proxy_responses_carry_hsts_and_the_session_cookie_is_secure() throws Exception {
        HttpResponse<String> response = get("/", true);
        assertThat(response.headers().firstValue("Strict-Transport-Security").orElse(""))
                .contains("max-age=31536000").contains("includeSubDomains");
        assertThat(response.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
                .isNotEmpty().allSatisfy(cookie -> assertThat(cookie).contains("Secure").contains("HttpOnly"));
    }

    private HttpResponse<String> get(String path, boolean viaTlsProxy) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (viaTlsProxy) {
            request.header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.9");
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
