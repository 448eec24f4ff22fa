package org.opendoors.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
